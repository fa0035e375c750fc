package org.saferoll.bake;

import org.jbake.model.DocumentModel;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.SiteUrls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pages made from the model rather than from a content file: section indexes, tags, the schema, 404, search. */
final class GeneratedPages {
    private final PageModels models;
    private final Navigation nav;
    private final Map<String, Object> schemaModel;
    private final SiteSettings settings;

    GeneratedPages(PageModels models, Navigation nav, Map<String, Object> schemaModel, SiteSettings settings) {
        this.models = models;
        this.nav = nav;
        this.schemaModel = schemaModel;
        this.settings = settings;
    }

    List<DocumentModel> all() {
        List<DocumentModel> docs = new ArrayList<>();
        for (PageType type : PageType.sections()) {
            docs.add(section(type));
        }
        for (Navigation.Tag tag : nav.allTags()) {
            docs.add(tag(tag));
        }
        docs.add(tagIndex());
        docs.add(schema());
        docs.add(notFound());
        docs.add(search());
        // Machines read every page: the generated ones get structured data from their finished model.
        docs.forEach(doc -> doc.put("jsonld", JsonLd.generated(doc, settings)));
        return docs;
    }

    private DocumentModel section(PageType type) {
        String uri = SiteUrls.section(type);
        DocumentModel doc = doc("section", type.sectionTitle(), intro(type), uri);
        doc.put("breadcrumbs", List.of(new Link("Home", SiteUrls.HOME, "").toMap()));
        doc.put("items", items(nav.section(type)));
        return doc;
    }

    private static String intro(PageType type) {
        return switch (type) {
            case TECHNIQUE -> "Each way of rolling or moving one area of the back, with its time, level and cautions.";
            case ROUTINE -> "Timed sequences for before exercise, after exercise and every day, with a step-by-step player.";
            case EQUIPMENT -> "The tools for rolling and how to choose them.";
            case PRECAUTION -> "The rules that keep rolling safe. Read the stop signs first.";
            default -> "";
        };
    }

    private DocumentModel tag(Navigation.Tag tag) {
        DocumentModel doc = doc("tagpage", tag.label(), "Pages tagged " + Labels.words(tag.value()) + ".", tag.uri());
        doc.put("breadcrumbs", List.of(new Link("Home", SiteUrls.HOME, "").toMap(),
                new Link("Tags", SiteUrls.TAGS, "").toMap()));
        doc.put("items", items(tag.pages()));
        return doc;
    }

    private DocumentModel tagIndex() {
        DocumentModel doc = doc("taglist", "Browse by region, tool and time", "Every tag on the site.", SiteUrls.TAGS);
        doc.put("breadcrumbs", List.of(new Link("Home", SiteUrls.HOME, "").toMap()));
        doc.put("items", nav.allTags().stream().map(t -> new Link(t.label(), t.uri(), Labels.count(t.pages().size(), "page")).toMap()).toList());
        return doc;
    }

    private DocumentModel schema() {
        DocumentModel doc = doc("schema", "Safety schema", "Every rule a page must pass before it reaches readers, read from the schema files the build enforces.", SiteUrls.SAFETY_SCHEMA);
        doc.put("breadcrumbs", List.of(new Link("Home", SiteUrls.HOME, "").toMap()));
        doc.putAll(schemaModel);
        return doc;
    }

    private DocumentModel notFound() {
        return doc("notfound", "Page not found", "The page you asked for is not here.", SiteUrls.NOT_FOUND);
    }

    /** The results page; search.js fills it from {@code ?q=}. */
    private DocumentModel search() {
        DocumentModel doc = doc("search", "Search", "Every page that matches your search, with the sections that match.", SiteUrls.SEARCH);
        doc.put("breadcrumbs", List.of(new Link("Home", SiteUrls.HOME, "").toMap()));
        return doc;
    }

    private List<Map<String, Object>> items(List<Page> pages) {
        return pages.stream().map(p -> {
            Map<String, Object> m = new Link(p.title(), p.uri(), p.description()).toMap();
            m.put("meta", meta(p));
            m.put("draft", !p.isPublished()); // only the preview bakes drafts
            return m;
        }).toList();
    }

    private static String meta(Page p) {
        var h = p.header();
        return switch (p.type().orElse(PageType.PAGE)) {
            case TECHNIQUE -> Labels.sentence(h.value("level")) + " · " + String.join(", ", h.items("regions").stream().map(Labels::words).toList());
            case ROUTINE -> Labels.context(h.value("context")) + " · " + Labels.sentence(h.value("level")) + " · " + Labels.duration(RoutineSteps.totalSeconds(p));
            case PRECAUTION -> Labels.sentence(h.value("severity"));
            default -> "";
        };
    }

    private DocumentModel doc(String type, String title, String description, String uri) {
        return Documents.of(models.common(type, title, description, uri), "");
    }
}
