package org.saferoll.bake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A link to a page of the site.
 *
 * @param title the text readers see
 * @param uri   path from the site root, e.g. {@code techniques/lat-roll.html}
 * @param note  a short description, or empty
 */
public record Link(String title, String uri, String note) {

    /** The link as a plain map for templates. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", title);
        map.put("uri", uri);
        map.put("note", note);
        return map;
    }
}
