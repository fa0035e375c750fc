package org.saferoll.validate;

import java.util.Locale;
import java.util.Set;

/**
 * The one case style of page titles, as CONTRIBUTING.md documents it: every word starts with a
 * capital letter except the short words below, which stay lowercase unless they open the title
 * or follow a colon ("Thoracic Extension over the Roller", "Lower Back Pain: What to Do Instead").
 */
public final class TitleCase {
    /** Articles, conjunctions and short prepositions: lowercase inside a title. */
    public static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
            "in", "nor", "of", "on", "or", "over", "per", "the", "to", "vs", "with");

    private TitleCase() {
    }

    /** The title a new page starts with: {@code evening-wind-down} becomes {@code Evening Wind Down}. */
    public static String fromId(String id) {
        String[] words = id.split("-");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                title.append(' ');
            }
            title.append(i > 0 && SMALL_WORDS.contains(w) ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return title.toString();
    }

    /** The first word of {@code title} that breaks the style, or an empty string when it has none. */
    public static String firstMismatch(String title) {
        String[] words = title.split("\\s+");
        boolean opening = true;
        for (String word : words) {
            for (String part : word.split("-")) {
                String letters = part.replaceAll("^[^\\p{L}]+", "");
                if (letters.isEmpty() || !Character.isLetter(letters.charAt(0))) {
                    continue;
                }
                boolean small = SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
                boolean upper = Character.isUpperCase(letters.charAt(0));
                if (opening ? !upper : small == upper) {
                    return part;
                }
                opening = false;
            }
            opening = word.endsWith(":");
        }
        return "";
    }
}
