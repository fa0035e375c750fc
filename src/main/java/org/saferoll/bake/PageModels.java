package org.saferoll.bake;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds what a template sees of a page ({@code content.*}): its facts, navigation, review,
 * body map, figures and structured data. Plain maps and lists, so templates need no Java knowledge.
 *
 * <p>Long because every page type's model is assembled here from the same navigation and figures;
 * the parts with rules of their own (facts, body map, figures, JSON-LD) already live in their own classes.
 */
public final class PageModels {
    /** Where every page sends readers for the two warnings that must always be one click away. */
    public static final String LUMBAR_PAGE = "precautions/avoid-the-lumbar-spine.html";
    public static final String STOP_PAGE = "precautions/listen-to-your-body.html";

    /** Sections up to this size are listed whole in the sidebar. */
    static final int SIDEBAR_MAX = 15;

    private final Navigation nav;
    private final SiteSettings settings;
    private final List<String> noRollZones;
    private final int reviewYears;
    private final Figures figures;

    public PageModels(Navigation nav, SiteSettings settings, List<String> noRollZones, int reviewYears, Figures figures) {
        this.nav = nav;
        this.settings = settings;
        this.noRollZones = noRollZones;
        this.reviewYears = reviewYears;
        this.figures = figures;
    }

    /** Keys shared by every page, generated ones included. */
    public Map<String, Object> common(String type, String title, String description, String uri) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pagetype", type);
        m.put("title", title);
        m.put("description", description);
        m.put("rootpath", "../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        m.put("pageuri", uri);
        m.put("sitename", settings.name());
        m.put("mainnav", mainNav(uri));
        m.put("lumbaruri", LUMBAR_PAGE);
        m.put("stopuri", STOP_PAGE);
        m.put("breadcrumbs", List.of());
        return m;
    }

    /** The model of a content page. */
    public Map<String, Object> forPage(Page page) {
        PageType type = page.type().orElseThrow();
        Map<String, Object> m = common(type.id(), page.title(), page.description(), page.uri());
        m.put("breadcrumbs", breadcrumbs(page, type));
        m.put("draft", !page.isPublished()); // only the preview bakes drafts
        if (type != PageType.PAGE) {
            m.put("section", section(type, page));
        }
        putLink(m, "prev", nav.previous(page));
        putLink(m, "next", nav.next(page));
        m.put("related", related(page, type));
        m.put("tags", nav.tags(page).stream().map(t -> new Link(t.label(), t.uri(), "").toMap()).toList());
        m.put("facts", Facts.of(page, type, nav));
        m.put("precautionlist", precautions(page));
        review(page).ifPresent(r -> m.put("review", r.toMap()));
        if (type == PageType.TECHNIQUE || type == PageType.ROUTINE) {
            List<String> regions = regions(page, type);
            m.put("bodymap", BodyMap.svg(regions, noRollZones, page.id()));
            m.put("bodymaptext", BodyMap.describe(regions, noRollZones));
        }
        if (type == PageType.TECHNIQUE) {
            figures.of(page).ifPresent(f -> m.put("figure", f));
        }
        if (page.uri().equals("index.html")) {
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

    List<Map<String, Object>> mainNav(String current) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (PageType type : PageType.sections()) {
            String uri = type.folder() + "/index.html";
            Map<String, Object> item = new Link(type.sectionTitle(), uri, "").toMap();
            item.put("current", current.startsWith(type.folder() + "/"));
            items.add(item);
        }
        return items;
    }

    private List<Map<String, Object>> breadcrumbs(Page page, PageType type) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (!page.uri().equals("index.html")) {
            crumbs.add(new Link("Home", "index.html", "").toMap());
        }
        if (type != PageType.PAGE) {
            crumbs.add(new Link(type.sectionTitle(), type.folder() + "/index.html", "").toMap());
        }
        return crumbs;
    }

    /**
     * The sidebar: the whole section when it is small, else a window of pages around the current
     * one and a link to the section index. Listing every page on every page would make the site's
     * size grow with the square of the number of pages.
     */
    private Map<String, Object> section(PageType type, Page current) {
        Map<String, Object> s = new Link(type.sectionTitle(), type.folder() + "/index.html", "").toMap();
        List<Page> pages = nav.section(type);
        int at = nav.position(current);
        int from = pages.size() <= SIDEBAR_MAX ? 0 : Math.max(0, Math.min(at - SIDEBAR_MAX / 2, pages.size() - SIDEBAR_MAX));
        int to = Math.min(pages.size(), from + SIDEBAR_MAX);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Page p : pages.subList(from, to)) {
            Map<String, Object> item = new Link(p.title(), p.uri(), "").toMap();
            item.put("current", p == current);
            item.put("draft", !p.isPublished());
            items.add(item);
        }
        s.put("items", items);
        s.put("total", pages.size());
        s.put("partial", to - from < pages.size());
        return s;
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
                out.add(item);
            }
        }
        return out;
    }

    /** The page's review, when it has one; a review lasts as long as rules.json says. */
    Optional<Review> review(Page page) {
        return Review.of(page, reviewYears);
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
