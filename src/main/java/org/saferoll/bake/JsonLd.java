package org.saferoll.bake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;

import java.util.List;
import java.util.Map;

/**
 * Structured data for search engines: every page is a schema.org {@code MedicalWebPage} with
 * its review, and a routine is also a {@code HowTo} with its tools, steps and total time. A
 * generated page (section index, tag, safety schema, search, 404) is a {@code CollectionPage}
 * when it lists pages, else a {@code WebPage}, each with a {@code BreadcrumbList}.
 */
final class JsonLd {
    private JsonLd() {
    }

    static String of(Page page, PageType type, PageModels models, SiteSettings settings) {
        ObjectNode webPage = ScriptJson.object();
        webPage.put("@type", "MedicalWebPage");
        webPage.put("name", page.title());
        webPage.put("description", page.description());
        if (!settings.url().isBlank()) {
            webPage.put("url", settings.url().replaceAll("/$", "") + "/" + page.uri());
        }
        webPage.put("inLanguage", "en");
        Map<String, Object> review = models.provenance().review(page);
        if (Boolean.TRUE.equals(review.get("clinical"))) {
            // only a clinical review that happened is claimed; an editorial check is not one
            String by = (String) review.get("reviewedby");
            webPage.put("lastReviewed", (String) review.get("reviewedon"));
            ObjectNode reviewer = webPage.putObject("reviewedBy");
            reviewer.put("@type", "Person");
            reviewer.put("name", by.substring(0, by.indexOf(',')).trim());
            reviewer.put("jobTitle", by.substring(by.indexOf(',') + 1).trim());
        }
        ArrayNode citations = webPage.putArray("citation");
        for (Map<String, Object> source : models.provenance().sources(page)) {
            ObjectNode work = citations.addObject();
            work.put("@type", "CreativeWork");
            work.put("name", (String) source.get("title"));
            work.put("author", (String) source.get("author"));
        }
        ObjectNode root = ScriptJson.object();
        root.put("@context", "https://schema.org");
        if (type != PageType.ROUTINE) {
            root.setAll(webPage);
            return ScriptJson.of(root);
        }
        ArrayNode graph = root.putArray("@graph");
        graph.add(webPage);
        graph.add(howTo(page, models));
        return ScriptJson.of(root);
    }

    private static ObjectNode howTo(Page page, PageModels models) {
        ObjectNode howTo = ScriptJson.object();
        howTo.put("@type", "HowTo");
        howTo.put("name", page.title());
        howTo.put("description", page.description());
        howTo.put("totalTime", "PT" + RoutineSteps.totalSeconds(page) + "S");
        ArrayNode tools = howTo.putArray("tool");
        for (String id : page.header().items("equipment")) {
            Page tool = models.navigation().page(id);
            ObjectNode t = tools.addObject();
            t.put("@type", "HowToTool");
            t.put("name", tool == null ? Labels.sentence(id) : tool.title());
        }
        ArrayNode steps = howTo.putArray("step");
        for (RoutineSteps.View s : RoutineSteps.of(page, models.navigation())) {
            ObjectNode step = steps.addObject();
            step.put("@type", "HowToStep");
            step.put("position", s.number());
            step.put("name", s.title());
            step.put("text", s.technique() == null ? s.title() : s.technique().title() + " for " + s.duration() + ".");
            step.put("url", page.uri().substring(page.uri().lastIndexOf('/') + 1) + "#" + s.anchor());
        }
        return howTo;
    }

    /**
     * The JSON-LD of a generated page, from its template model: {@code title}, {@code description},
     * {@code pageuri}, {@code breadcrumbs} and, on lists, {@code items}. Links are absolute when
     * {@code site.url} is known, else relative to the page, which JSON-LD resolves against it.
     */
    static String generated(Map<String, Object> model, SiteSettings settings) {
        String uri = (String) model.get("pageuri");
        String root = (String) model.get("rootpath");
        java.util.function.Function<String, String> link = target -> settings.url().isBlank()
                ? root + target : settings.url().replaceAll("/$", "") + "/" + target;
        List<Map<String, Object>> items = list(model.get("items"));
        ObjectNode page = ScriptJson.object();
        page.put("@context", "https://schema.org");
        page.put("@type", items.isEmpty() && !model.containsKey("items") ? "WebPage" : "CollectionPage");
        page.put("name", (String) model.get("title"));
        page.put("description", (String) model.get("description"));
        page.put("url", link.apply(uri));
        page.put("inLanguage", "en");
        ObjectNode breadcrumbs = page.putObject("breadcrumb");
        breadcrumbs.put("@type", "BreadcrumbList");
        ArrayNode crumbs = breadcrumbs.putArray("itemListElement");
        List<Map<String, Object>> trail = new java.util.ArrayList<>(list(model.get("breadcrumbs")));
        trail.add(Map.of("title", model.get("title"), "uri", uri));
        for (int i = 0; i < trail.size(); i++) {
            ObjectNode crumb = crumbs.addObject();
            crumb.put("@type", "ListItem");
            crumb.put("position", i + 1);
            crumb.put("name", (String) trail.get(i).get("title"));
            crumb.put("item", link.apply((String) trail.get(i).get("uri")));
        }
        if (page.get("@type").asText().equals("CollectionPage")) {
            ObjectNode list = page.putObject("mainEntity");
            list.put("@type", "ItemList");
            list.put("numberOfItems", items.size());
            ArrayNode elements = list.putArray("itemListElement");
            for (int i = 0; i < items.size(); i++) {
                ObjectNode item = elements.addObject();
                item.put("@type", "ListItem");
                item.put("position", i + 1);
                item.put("name", (String) items.get(i).get("title"));
                item.put("url", link.apply((String) items.get(i).get("uri")));
            }
        }
        return ScriptJson.of(page);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
