package org.saferoll.schema;

import java.util.List;

/** Lists as a writer reads them in a message: {@code a, b and c}. */
public final class Spoken {
    private Spoken() {
    }

    /** The items joined by commas, the last two by {@code conjunction} ("and", "or"). */
    public static String list(List<String> items, String conjunction) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }
}
