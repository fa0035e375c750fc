package org.saferoll.bake;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.load.SiteUrls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds what a template sees of a page ({@code content.*}): its facts, navigation, review,
 * body map, figures and structured data. Plain maps and lists, so templates need no Java knowledge.
 *
 * <p>The parts with rules of their own (facts, body map, figures, JSON-LD) live in their own classes.
 */
public final class PageModels {
    private final Chrome chrome;
    private final Navigation nav;
    private final SiteSettings settings;
    private final List<String> noRollZones;
    private final Provenance provenance;
    private final Figures figures;

    public PageModels(Navigation nav, SiteSettings settings, List<String> noRollZones, Provenance provenance, Figures figures) {
        this.chrome = new Chrome(nav, settings);
        this.nav = nav;
        this.settings = settings;
        this.noRollZones = noRollZones;
        this.provenance = provenance;
        this.figures = figures;
    }

    /** Keys shared by every page, generated ones included. */
    public Map<String, Object> common(String type, String title, String description, String uri) {
        Map<String, Object> m = chrome.common(type, title, description, uri);
        m.put("sitesources", provenance.all());
        return m;
    }

    /** The model of a content page. */
    public Map<String, Object> forPage(Page page) {
        PageType type = page.type().orElseThrow();
        Map<String, Object> m = common(type.id(), page.title(), page.description(), page.uri());
        m.put("breadcrumbs", chrome.breadcrumbs(page, type));
        m.put("draft", !page.isPublished()); // only the preview bakes drafts
        if (type != PageType.PAGE) {
            m.put("section", chrome.sidebar(type, page));
        }
        putLink(m, "prev", nav.previous(page));
        putLink(m, "next", nav.next(page));
        m.put("related", related(page, type));
        m.put("tags", nav.tags(page).stream().map(t -> new Link(t.label(), t.uri(), "").toMap()).toList());
        m.put("facts", Facts.of(page, type, nav));
        m.put("precautionlist", precautions(page));
        m.put("review", provenance.review(page));
        m.put("sources", provenance.sources(page));
        if (type == PageType.TECHNIQUE || type == PageType.ROUTINE) {
            List<String> regions = regions(page, type);
            m.put("bodymap", BodyMap.svg(regions, noRollZones, page.id()));
            m.put("bodymaptext", BodyMap.describe(regions, noRollZones));
            m.put("bodymapmoved", BodyMap.movesANoRollZone(regions, noRollZones));
        }
        if (type == PageType.TECHNIQUE) {
            figures.of(page).ifPresent(f -> m.put("figure", f));
        }
        if (page.uri().equals(SiteUrls.HOME)) {
            m.put("home", Map.of("routines", cards(PageType.ROUTINE), "techniques", cards(PageType.TECHNIQUE)));
        }
        if (type == PageType.ROUTINE) {
            m.put("steps", steps(page));
            m.put("totalseconds", RoutineSteps.totalSeconds(page));
            m.put("totaltime", Labels.duration(RoutineSteps.totalSeconds(page)));
        }
        if (settings.hasRepository()) {
            String base = settings.repositoryBase();
            m.put("editurl", base + "/edit/" + settings.branch() + "/" + page.path());
            m.put("issueurl", base + "/issues/new?title=" + java.net.URLEncoder.encode("Problem on: " + page.title(),
                    java.nio.charset.StandardCharsets.UTF_8) + "&body=" + java.net.URLEncoder.encode("Page: " + page.path() + "\n\n",
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        m.put("jsonld", JsonLd.of(page, type, this, settings));
        return m;
    }

    private static void putLink(Map<String, Object> m, String key, Page p) {
        if (p != null) {
            m.put(key, new Link(p.title(), p.uri(), "").toMap());
        }
    }

    private List<Map<String, Object>> related(Page page, PageType type) {
        List<Link> links = new ArrayList<>();
        if (type == PageType.TECHNIQUE) {
            nav.sameRegion(page, 4).forEach(p -> links.add(new Link(p.title(), p.uri(), "works on the same area")));
        }
        for (Page user : nav.usersOf(page.id())) {
            String note = user.isType(PageType.ROUTINE) ? "routine using this" : "technique using this";
            if (type == PageType.PRECAUTION) {
                note = user.isType(PageType.ROUTINE) ? "routine it protects" : "technique it protects";
            }
            links.add(new Link(user.title(), user.uri(), note));
        }
        return links.stream().distinct().limit(12).map(Link::toMap).toList();
    }

    private List<Map<String, Object>> precautions(Page page) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : page.header().items("precautions")) {
            Page p = nav.page(id);
            if (p != null) {
                Map<String, Object> item = new Link(p.title(), p.uri(), p.description()).toMap();
                item.put("severity", p.header().value("severity"));
                item.put("id", p.id());
                out.add(item);
            }
        }
        return out;
    }

    Provenance provenance() {
        return provenance;
    }

    private List<String> regions(Page page, PageType type) {
        if (type == PageType.TECHNIQUE) {
            return page.header().items("regions");
        }
        List<String> regions = new ArrayList<>();
        for (Step s : page.steps()) {
            Page t = nav.page(s.technique());
            if (t != null) {
                t.header().items("regions").stream().filter(r -> !regions.contains(r)).forEach(regions::add);
            }
        }
        return regions;
    }

    /**
     * The home page's cards for a section: each page with its figure (a routine shows its first
     * step's), so a reader can pick by looking.
     */
    private List<Map<String, Object>> cards(PageType type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Page p : nav.section(type)) {
            Map<String, Object> card = new Link(p.title(), p.uri(), p.description()).toMap();
            Page pictured = type == PageType.ROUTINE
                    ? p.steps().stream().map(st -> nav.page(st.technique())).filter(java.util.Objects::nonNull).findFirst().orElse(null)
                    : p;
            if (pictured != null) {
                figures.of(pictured).ifPresent(f -> card.put("figure", f.get("thumb")));
            }
            out.add(card);
        }
        return out;
    }

    /** The routine's steps for the template, each with its technique's figure. */
    private List<Map<String, Object>> steps(Page page) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<RoutineSteps.View> views = RoutineSteps.of(page, nav);
        for (int i = 0; i < views.size(); i++) {
            Map<String, Object> m = views.get(i).toMap();
            Page t = nav.page(page.steps().get(i).technique());
            if (t != null) {
                figures.of(t).ifPresent(f -> m.put("figure", f));
            }
            out.add(m);
        }
        return out;
    }

    Navigation navigation() {
        return nav;
    }
}
