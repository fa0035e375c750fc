package org.saferoll.bake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;

import java.util.Map;

/**
 * Structured data for search engines: every page is a schema.org {@code MedicalWebPage} with
 * its review, and a routine is also a {@code HowTo} with its tools, steps and total time.
 */
final class JsonLd {
    private JsonLd() {
    }

    static String of(Page page, PageType type, PageModels models, SiteSettings settings) {
        ObjectNode webPage = PageModels.object();
        webPage.put("@type", "MedicalWebPage");
        webPage.put("name", page.title());
        webPage.put("description", page.description());
        if (!settings.url().isBlank()) {
            webPage.put("url", settings.url().replaceAll("/$", "") + "/" + page.uri());
        }
        webPage.put("inLanguage", "en");
        models.review(page).ifPresent(r -> {
            webPage.put("lastReviewed", (String) r.get("on"));
            ObjectNode reviewer = webPage.putObject("reviewedBy");
            reviewer.put("@type", "Person");
            reviewer.put("name", (String) r.get("by"));
        });
        ObjectNode root = PageModels.object();
        root.put("@context", "https://schema.org");
        if (type != PageType.ROUTINE) {
            root.setAll(webPage);
            return PageModels.scriptJson(root);
        }
        ArrayNode graph = root.putArray("@graph");
        graph.add(webPage);
        graph.add(howTo(page, models));
        return PageModels.scriptJson(root);
    }

    private static ObjectNode howTo(Page page, PageModels models) {
        ObjectNode howTo = PageModels.object();
        howTo.put("@type", "HowTo");
        howTo.put("name", page.title());
        howTo.put("description", page.description());
        howTo.put("totalTime", "PT" + PageModels.totalSeconds(page) + "S");
        ArrayNode tools = howTo.putArray("tool");
        for (String id : page.header().items("equipment")) {
            Page tool = models.navigation().page(id);
            ObjectNode t = tools.addObject();
            t.put("@type", "HowToTool");
            t.put("name", tool == null ? Labels.sentence(id) : tool.title());
        }
        ArrayNode steps = howTo.putArray("step");
        for (Map<String, Object> s : models.steps(page)) {
            ObjectNode step = steps.addObject();
            step.put("@type", "HowToStep");
            step.put("position", (Integer) s.get("number"));
            step.put("name", (String) s.get("title"));
            @SuppressWarnings("unchecked")
            Map<String, Object> technique = (Map<String, Object>) s.get("technique");
            step.put("text", technique.isEmpty() ? (String) s.get("title")
                    : technique.get("title") + " for " + s.get("duration") + ".");
            step.put("url", page.uri().substring(page.uri().lastIndexOf('/') + 1) + "#" + s.get("anchor"));
        }
        return howTo;
    }
}
