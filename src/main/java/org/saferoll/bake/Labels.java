package org.saferoll.bake;

import java.util.Locale;
import java.util.Map;

/** Readable words for vocabulary values, e.g. {@code hip-flexors} as "hip flexors". */
public final class Labels {
    private static final Map<String, String> REGIONS = Map.of(
            "thoracic", "upper and mid-back (thoracic spine)",
            "lumbar", "lower back (lumbar spine)",
            "lats", "lats (latissimus dorsi)");

    /**
     * Said in place of a time for a technique that gives none (no {@code :seconds-min:} or
     * {@code :seconds-max:}): its sources give none, and a health site may not invent one.
     */
    public static final String NO_SOURCE_TIME = "the source gives no time";

    private Labels() {
    }

    /** {@code foam-roller} becomes {@code foam roller}. */
    public static String words(String id) {
        return id.replace('-', ' ');
    }

    /** {@code foam-roller} becomes {@code Foam roller}. */
    public static String sentence(String id) {
        return capitalise(words(id));
    }

    /** A routine context keeps its hyphen: {@code pre-workout} is a word, "pre workout" is not. */
    public static String context(String context) {
        return capitalise(context);
    }

    /** {@code 1} page, {@code 2} pages. */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    public static String region(String region) {
        return REGIONS.getOrDefault(region, words(region));
    }

    /** 90 becomes "1 min 30 s", 45 becomes "45 s". */
    public static String duration(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int min = seconds / 60;
        int s = seconds % 60;
        return min + " min" + (s > 0 ? " " + s + " s" : "");
    }
}
