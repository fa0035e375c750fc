package org.saferoll.bake;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.SiteUrls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What frames every page, generated ones included: the site's name, the main navigation, the
 * breadcrumbs, the section sidebar and the two safety links that are always one click away.
 */
final class Chrome {
    /** Sections up to this size are listed whole in the sidebar. */
    static final int SIDEBAR_MAX = 15;

    private final Navigation nav;
    private final SiteSettings settings;

    Chrome(Navigation nav, SiteSettings settings) {
        this.nav = nav;
        this.settings = settings;
    }

    /** Keys shared by every page, generated ones included. */
    Map<String, Object> common(String type, String title, String description, String uri) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pagetype", type);
        m.put("title", title);
        m.put("description", description);
        m.put("rootpath", "../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        m.put("pageuri", uri);
        m.put("sitename", settings.name());
        m.put("mainnav", mainNav(uri));
        m.put("urls", SiteUrls.forTemplates());
        m.put("breadcrumbs", List.of());
        return m;
    }

    private List<Map<String, Object>> mainNav(String current) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (PageType type : PageType.sections()) {
            String uri = SiteUrls.section(type);
            Map<String, Object> item = new Link(type.sectionTitle(), uri, "").toMap();
            item.put("current", current.startsWith(type.folder() + "/"));
            items.add(item);
        }
        return items;
    }

    List<Map<String, Object>> breadcrumbs(Page page, PageType type) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (!page.uri().equals(SiteUrls.HOME)) {
            crumbs.add(new Link("Home", SiteUrls.HOME, "").toMap());
        }
        if (type != PageType.PAGE) {
            crumbs.add(new Link(type.sectionTitle(), SiteUrls.section(type), "").toMap());
        }
        return crumbs;
    }

    /**
     * The sidebar: the whole section when it is small, else a window of pages around the current
     * one and a link to the section index. Listing every page on every page would make the site's
     * size grow with the square of the number of pages.
     */
    Map<String, Object> sidebar(PageType type, Page current) {
        Map<String, Object> s = new Link(type.sectionTitle(), SiteUrls.section(type), "").toMap();
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
}
