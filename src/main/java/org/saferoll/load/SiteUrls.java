package org.saferoll.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every address the site's code knows by name, in one place: the pages and files the build
 * generates, and the content pages the chrome of every page links to. Java reads the constants;
 * templates read the same values as {@code c.urls} ({@link #forTemplates}); the validator knows
 * from {@link #generatedSources} which pages a writer may link to but not write.
 *
 * <p>All are relative to the site's root, so the site works under any sub-path and from disk.
 */
public final class SiteUrls {
    public static final String HOME = "index.html";
    public static final String SEARCH = "search.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SAFETY_SCHEMA = "safety-schema.html";
    public static final String TAG_FOLDER = "tags";
    public static final String TAGS = TAG_FOLDER + "/index.html";
    public static final String SEARCH_INDEX = "search-index.js";
    public static final String ROBOTS = "robots.txt";
    public static final String SITEMAP = "sitemap.xml";

    /** The two warnings every page keeps one click away. */
    public static final String LUMBAR = "precautions/avoid-the-lumbar-spine.html";
    public static final String STOP_SIGNS = "precautions/listen-to-your-body.html";
    /** Content pages the header and footer of every page link to. */
    public static final String LOWER_BACK_PAIN = "lower-back-pain.html";
    public static final String FAQ = "faq.html";
    public static final String CONSULT = "precautions/consult-a-professional.html";
    public static final String CONTRIBUTE = "contribute.html";

    /** The folders {@code assets/} adds at the site's root. */
    static final List<String> ASSET_FOLDERS = List.of("css", "js", "img");

    private SiteUrls() {
    }

    /** The index of a type's section, such as {@code techniques/index.html}. */
    public static String section(PageType type) {
        return type.folder() + "/index.html";
    }

    /** The page listing what carries one tag, such as {@code tags/region-upper-back.html}. */
    public static String tag(String kind, String value) {
        return TAG_FOLDER + "/" + kind + "-" + value + ".html";
    }

    /** Files the build writes besides pages: a page or an asset may not take their address. */
    public static List<String> machineFiles() {
        return List.of(SEARCH_INDEX, ROBOTS, SITEMAP);
    }

    /**
     * Pages the build generates, as a writer links to them ({@code xref:safety-schema.adoc[]}):
     * the safety schema reference, the tag index and the section indexes.
     */
    public static Set<String> generatedSources() {
        List<String> uris = new ArrayList<>(List.of(SAFETY_SCHEMA, TAGS));
        PageType.sections().forEach(t -> uris.add(section(t)));
        return uris.stream().map(u -> "content/" + u.substring(0, u.length() - ".html".length()) + ".adoc")
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The folders at the site's root, as a regular expression: the 404 page's script tells them
     * apart from the sub-path a host serves the site under.
     */
    public static String rootFoldersPattern() {
        List<String> folders = new ArrayList<>();
        PageType.sections().forEach(t -> folders.add(t.folder()));
        folders.add(TAG_FOLDER);
        folders.addAll(ASSET_FOLDERS);
        return "^(" + String.join("|", folders) + ")$";
    }

    /** The same addresses for the templates, as {@code c.urls.home}, {@code c.urls.search}... */
    public static Map<String, Object> forTemplates() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("home", HOME);
        m.put("search", SEARCH);
        m.put("schema", SAFETY_SCHEMA);
        m.put("tags", TAGS);
        m.put("lumbar", LUMBAR);
        m.put("stop", STOP_SIGNS);
        m.put("lowerbackpain", LOWER_BACK_PAIN);
        m.put("faq", FAQ);
        m.put("consult", CONSULT);
        m.put("contribute", CONTRIBUTE);
        m.put("rootfolders", rootFoldersPattern());
        return m;
    }
}
