package org.saferoll.bake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.jsoup.Jsoup;
import org.saferoll.load.Page;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The offline search index: a script that assigns the pages' titles, descriptions and the
 * distinct words of their text to a global, so search works from {@code file://} where fetching
 * JSON is refused. Storing each word once per page keeps it small.
 */
public final class SearchIndex {
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "you", "your", "with", "this", "that",
            "are", "can", "its", "it's", "from", "into", "but", "not", "any", "all", "was", "will", "has", "have",
            "then", "than", "them", "they", "their", "there", "what", "when", "which", "who", "how", "our", "out",
            "each", "one", "two", "too", "also", "just", "more", "most", "only", "over", "such", "very", "about");

    private SearchIndex() {
    }

    /** The script text: {@code window.SAFEROLL_INDEX=[[title, uri, description, section, words], ...];} */
    public static String script(List<Page> pages) {
        ArrayNode index = PageModels.array();
        for (Page p : pages) {
            ArrayNode entry = index.addArray();
            entry.add(p.title());
            entry.add(p.uri());
            entry.add(p.description());
            entry.add(p.type().map(t -> t.sectionTitle()).orElse(""));
            entry.add(words(p.title() + " " + p.description() + " " + p.header().value("regions").replace(',', ' ')
                    + " " + Jsoup.parse(p.html()).text()));
        }
        try {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(index);
            return "window.SAFEROLL_INDEX=" + json.replace("</", "<\\/") + ";\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Distinct lower-case words of two letters or more, stop words left out, in order of appearance. */
    static String words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }
}
