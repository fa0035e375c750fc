package org.saferoll.bake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static final ObjectMapper JSON = new ObjectMapper();
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
        review(page).ifPresent(r -> m.put("review", r));
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
            m.put("totalseconds", totalSeconds(page));
            m.put("totaltime", Labels.duration(totalSeconds(page)));
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

    java.util.Optional<Map<String, Object>> review(Page page) {
        String on = page.header().value("reviewed-on");
        if (!on.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.util.Optional.empty();
        }
        LocalDate date = LocalDate.parse(on);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("by", page.header().value("reviewed-by"));
        r.put("on", on);
        r.put("onlabel", Dates.label(date));
        r.put("due", date.plusYears(reviewYears).toString());
        r.put("duelabel", Dates.label(date.plusYears(reviewYears)));
        return java.util.Optional.of(r);
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

    List<Map<String, Object>> steps(Page page) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 1;
        for (Step s : page.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            Page t = nav.page(s.technique());
            int seconds = s.seconds().orElse(0);
            m.put("number", n++);
            m.put("title", s.title());
            m.put("anchor", s.anchor());
            m.put("technique", t == null ? Map.of() : new Link(t.title(), t.uri(), t.description()).toMap());
            if (t != null) {
                figures.of(t).ifPresent(f -> m.put("figure", f));
            }
            m.put("seconds", seconds);
            m.put("bothsides", s.bothSides());
            m.put("hold", s.hold().orElse(0));
            m.put("duration", Labels.duration(seconds) + (s.bothSides() ? " each side" : ""));
            out.add(m);
        }
        return out;
    }

    static int totalSeconds(Page page) {
        return page.steps().stream().mapToInt(s -> s.seconds().orElse(0) * (s.bothSides() ? 2 : 1)).sum();
    }

    Navigation navigation() {
        return nav;
    }

    /**
     * JSON for a script element: {@code < > &} and the line separators U+2028 and U+2029 are written as
     * {@code \\u} escapes, so no text can close the element, open a comment or end a line in old parsers.
     * These characters occur only inside JSON strings, where the escapes mean the same.
     */
    static String scriptJson(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
