package org.saferoll.bake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline search index: a script ({@code search-index.js}) that assigns every published page
 * to a global, split into its sections, with the page's facts as words a reader would type.
 *
 * <p>The index ships text, not terms: the browser ({@code js/search.js}) tokenizes and stems it
 * when the script loads, so there is exactly one stemmer and the build and the browser can never
 * disagree on word forms. The script is added to a page only when the reader first focuses the
 * search box, so pages that never search do not pay for it.
 */
public final class SearchIndex {
    /** The synonyms file in {@code schema/}: words readers use that the pages do not, and hints for them. */
    public static final String SYNONYMS = "search-synonyms.json";

    private SearchIndex() {
    }

    /** The synonyms file could not be read; {@link #line()} is where, 0 when unknown. */
    public static final class SynonymsException extends RuntimeException {
        private final int line;

        SynonymsException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** The synonyms file, or no synonyms when there is none. */
    public static JsonNode synonyms(Path file) {
        if (!Files.isRegularFile(file)) {
            return ScriptJson.object();
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SynonymsException("not valid JSON: " + e.getOriginalMessage(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new SynonymsException("cannot be read: " + e.getMessage(), 0);
        }
    }

    /** One heading of a page and the text under it; the part before the first heading has no anchor. */
    record Section(String anchor, String heading, String text) {
    }

    /**
     * The script text: {@code window.SAFEROLL_SEARCH={"pages":[[title, uri, description, kind, facts,
     * [[anchor, heading, text], ...]], ...], "synonyms":[...]};}, safe inside a script element.
     *
     * @param synonyms the entries of {@code schema/search-synonyms.json}; a {@code see} page id becomes its URI
     */
    public static String script(List<Page> pages, Navigation nav, JsonNode synonyms) throws java.io.IOException {
        return script(pages, nav, synonyms, new BakeMemory(), 1);
    }

    /** As {@link #script(List, Navigation, JsonNode)}, with unchanged bodies' sections from {@code memory}, the rest read on {@code threads} threads. */
    static String script(List<Page> pages, Navigation nav, JsonNode synonyms, BakeMemory memory, int threads) throws java.io.IOException {
        ObjectNode root = ScriptJson.object();
        ArrayNode entries = root.putArray("pages");
        List<List<Section>> sectionsOfPages = org.saferoll.util.Parallel.map(pages, threads, p -> memory.sections(p.html()));
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            ArrayNode entry = entries.addArray();
            entry.add(p.title());
            entry.add(p.uri());
            entry.add(p.description());
            entry.add(p.type().map(PageType::sectionTitle).orElse("Guide"));
            entry.add(facts(p, nav));
            ArrayNode sections = entry.addArray();
            for (Section s : sectionsOfPages.get(i)) {
                sections.addArray().add(s.anchor()).add(s.heading()).add(s.text());
            }
        }
        ArrayNode syn = root.putArray("synonyms");
        for (JsonNode s : synonyms.path("synonyms")) {
            ObjectNode out = syn.addObject();
            out.put("words", s.path("words").asText());
            out.put("means", s.path("means").asText());
            if (s.hasNonNull("hint")) {
                out.put("hint", s.path("hint").asText());
            }
            Page see = s.hasNonNull("see") ? nav.page(s.path("see").asText()) : null;
            if (see != null) {
                out.put("see", see.uri());
                out.put("seetitle", see.title());
            }
        }
        return "window.SAFEROLL_SEARCH=" + ScriptJson.of(root) + ";\n";
    }

    /**
     * The facts a reader searches by, as words: the type, level, context, total time, method,
     * regions (with their readable names), equipment titles or "no equipment", severity.
     */
    static String facts(Page p, Navigation nav) {
        List<String> words = new ArrayList<>();
        var h = p.header();
        PageType type = p.type().orElse(PageType.PAGE);
        for (Map<String, Object> f : Facts.of(p, type, nav)) {
            words.add(String.valueOf(f.get("value")));
            for (Object link : (List<?>) f.get("links")) {
                words.add(String.valueOf(((Map<?, ?>) link).get("title")));
            }
        }
        Set<String> regions = new LinkedHashSet<>(h.items("regions"));
        if (type == PageType.ROUTINE) {
            int seconds = RoutineSteps.totalSeconds(p);
            // "5 minute routine" should find a routine of 4 min 30 s: say the whole minutes it fits in.
            words.add("about " + Math.max(1, Math.round(seconds / 60f)) + " minutes, under " + (seconds / 60 + 1) + " minutes");
            p.steps().forEach(s -> {
                Page t = nav.page(s.technique());
                if (t != null) {
                    regions.addAll(t.header().items("regions"));
                }
            });
        }
        regions.forEach(r -> words.add(Labels.region(r)));
        if ((type == PageType.ROUTINE || type == PageType.TECHNIQUE) && h.items("equipment").isEmpty()) {
            words.add("no equipment");
        }
        return String.join(". ", words.stream().filter(w -> !w.isBlank()).toList());
    }

    /** The body split at its headings, each with its anchor, so a result can link into the page. */
    static List<Section> sections(String html) {
        List<Section> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] current = {"", ""};
        Element body = Jsoup.parseBodyFragment(html).body();
        body.traverse(new NodeVisitor() {
            private int inHeading;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && HEADING.matcher(e.tagName()).matches()) {
                    flush(out, current, text);
                    current[0] = e.id();
                    current[1] = e.text();
                    inHeading++;
                } else if (node instanceof TextNode t && inHeading == 0) {
                    text.append(t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (HEADING.matcher(e.tagName()).matches()) {
                        inHeading--;
                    } else if (e.isBlock()) {
                        text.append(' ');
                    }
                }
            }
        });
        flush(out, current, text);
        return out;
    }

    /** Compiled once: {@code String.matches} compiled them again for every element of every page. */
    private static final Pattern HEADING = Pattern.compile("h[2-6]"), SPACES = Pattern.compile("\\s+");

    private static void flush(List<Section> out, String[] current, StringBuilder text) {
        String t = SPACES.matcher(text).replaceAll(" ").strip();
        if (!t.isEmpty() || !current[1].isEmpty()) {
            out.add(new Section(current[0], current[1], t));
        }
        text.setLength(0);
    }
}
