package org.saferoll.bake;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.load.SiteUrls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every navigation link of the site, computed once per build from the page model: sections in
 * reading order, previous/next within a section, related pages and tags. Lookups are maps, so
 * the cost grows with the number of pages, not its square.
 */
public final class Navigation {

    /** One tag: a region, a tool or a context, and the pages that carry it. */
    public record Tag(String kind, String value, String label, String uri, List<Page> pages) {
    }

    private final Map<PageType, List<Page>> sections = new EnumMap<>(PageType.class);
    private final Map<String, Integer> positions = new java.util.HashMap<>();
    private final Map<String, Page> byId = new LinkedHashMap<>();
    private final Map<String, Set<Page>> usersOf = new java.util.HashMap<>();
    private final Map<String, Tag> tags = new TreeMap<>();

    /**
     * @param published the pages readers see
     * @param regions   the region vocabulary in body order (neck first), which orders techniques
     * @param contexts  the context vocabulary, which orders routines
     */
    public Navigation(List<Page> published, List<String> regions, List<String> contexts) {
        for (Page p : published) {
            byId.put(p.id(), p);
        }
        for (PageType type : PageType.values()) {
            List<Page> pages = new ArrayList<>(published.stream().filter(p -> p.isType(type)).toList());
            pages.sort(order(type, regions, contexts));
            sections.put(type, List.copyOf(pages));
            for (int i = 0; i < pages.size(); i++) {
                positions.put(pages.get(i).id(), i);
            }
        }
        for (Page p : published) {
            for (String id : references(p)) {
                usersOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(p);
            }
            for (Tag t : tagsOf(p)) {
                tags.computeIfAbsent(t.uri(), k -> t).pages().add(p);
            }
        }
    }

    private static Comparator<Page> order(PageType type, List<String> regions, List<String> contexts) {
        Comparator<Page> byTitle = Comparator.comparing(p -> p.title().toLowerCase(java.util.Locale.ROOT));
        return switch (type) {
            case TECHNIQUE -> Comparator.<Page>comparingInt(p -> firstIndex(p.header().items("regions"), regions))
                    .thenComparing(byTitle);
            case ROUTINE -> Comparator.<Page>comparingInt(p -> contexts.indexOf(p.header().value("context")))
                    .thenComparing(byTitle);
            case PRECAUTION -> Comparator.<Page>comparingInt(p -> List.of("stop", "caution", "advice")
                    .indexOf(p.header().value("severity"))).thenComparing(byTitle);
            case PAGE -> Comparator.<Page>comparingInt(p -> navOrder(p)).thenComparing(byTitle);
            default -> byTitle;
        };
    }

    private static int firstIndex(List<String> items, List<String> vocabulary) {
        return items.stream().mapToInt(vocabulary::indexOf).filter(i -> i >= 0).min().orElse(vocabulary.size());
    }

    private static int navOrder(Page p) {
        String v = p.header().value("nav-order");
        return v.matches("\\d+") ? Integer.parseInt(v) : 999;
    }

    /** Ids a page points at through its attributes and steps. */
    static Set<String> references(Page p) {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(p.header().items("equipment"));
        ids.addAll(p.header().items("precautions"));
        for (Step s : p.steps()) {
            ids.add(s.technique());
        }
        return ids;
    }

    private static List<Tag> tagsOf(Page p) {
        List<Tag> out = new ArrayList<>();
        if (p.isType(PageType.TECHNIQUE)) {
            p.header().items("regions").forEach(r -> out.add(tag("region", r)));
        }
        if (p.isType(PageType.TECHNIQUE) || p.isType(PageType.ROUTINE)) {
            p.header().items("equipment").forEach(e -> out.add(tag("equipment", e)));
        }
        if (p.isType(PageType.ROUTINE)) {
            out.add(tag("context", p.header().value("context")));
        }
        return out;
    }

    private static Tag tag(String kind, String value) {
        String label = switch (kind) {
            case "region" -> "Region: " + Labels.region(value);
            case "equipment" -> "Uses: " + Labels.words(value);
            default -> "When: " + value;
        };
        return new Tag(kind, value, label, SiteUrls.tag(kind, value), new ArrayList<>());
    }

    public List<Page> section(PageType type) {
        return sections.get(type);
    }

    public Page page(String id) {
        return byId.get(id);
    }

    /** Where {@code page} stands in its section, counting from 0. */
    public int position(Page page) {
        return positions.get(page.id());
    }

    /** The page before {@code page} in its section, or null. */
    public Page previous(Page page) {
        List<Page> list = sections.get(page.type().orElseThrow());
        int i = positions.get(page.id());
        return i > 0 ? list.get(i - 1) : null;
    }

    /** The page after {@code page} in its section, or null. */
    public Page next(Page page) {
        List<Page> list = sections.get(page.type().orElseThrow());
        int i = positions.get(page.id());
        return i + 1 < list.size() ? list.get(i + 1) : null;
    }

    /** Pages that refer to {@code id}: routines using a technique, techniques using a tool, ... */
    public List<Page> usersOf(String id) {
        return List.copyOf(usersOf.getOrDefault(id, Set.of()));
    }

    /** Tags of {@code page}, each pointing at its tag page. */
    public List<Tag> tags(Page page) {
        return tagsOf(page).stream().map(t -> tags.get(t.uri())).toList();
    }

    public List<Tag> allTags() {
        return List.copyOf(tags.values());
    }

    /** Techniques that share a region with {@code technique}, in section order, at most {@code limit}. */
    public List<Page> sameRegion(Page technique, int limit) {
        Set<Page> out = new LinkedHashSet<>();
        for (String region : technique.header().items("regions")) {
            Tag t = tags.get(SiteUrls.tag("region", region));
            if (t == null) {
                continue;
            }
            for (Page p : t.pages()) {
                if (out.size() == limit) {
                    return List.copyOf(out);
                }
                if (p != technique) {
                    out.add(p);
                }
            }
        }
        return List.copyOf(out);
    }
}
