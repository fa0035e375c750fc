package org.saferoll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content as readers get it: original wording, complete facts, safety one click away, readable aloud. */
class ContentTest {
    private static final Path SEED = Path.of("../shared/seed/back-rolling-article.txt");
    private static final int RUN = 10;

    /** Facts of the seed article, as words that must appear somewhere on the site. */
    private static final List<String> FACTS = List.of(
            "self-myofascial release", "fascia", "blood", "elastic",
            "rib cage", "erector spinae", "rhomboids", "trapezius", "latissimus dorsi",
            "ligaments", "discs", "facet joints", "nerve roots", "sacrum", "pelvis",
            "thoracic kyphosis", "stand taller", "recovery", "shoulders",
            "30 to 60 seconds", "1 to 2 minutes", "DOMS", "range of motion", "any time of day",
            "shoulder blades", "knees", "cradl|hold its weight", "core|stomach", "hips a few inches (several centimetres)",
            "1 to 2 inches", "20 to 30 seconds", "trigger point", "different fibres",
            "extend|arch gently", "without pain|free of pain",
            "armpit", "waist", "lacrosse ball", "wall", "piriformis", "hip flexors", "anterior tilt",
            "lordosis", "cat-cow", "pelvic tilt", "child's pose",
            "sharp", "numbness", "tingling", "spreads|radiat", "jerky", "diaphragmatic", "nervous system",
            "hydrated", "pliable|supple", "regular|most days", "muscle belly|its belly", "bones, joints|bone, a joint",
            "chronic", "spinal injury|injury to your spine", "osteoporosis", "physical therapist", "chiropractor",
            "medium", "36 inches", "18 inches", "trigger point balls", "qualified health or fitness professional");

    @Test
    void noSentenceOfTheSeedIsCopied() throws IOException {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!Files.isRegularFile(SEED)) {
            Assumptions.assumeFalse(!ci, "the seed article is not beside the project");
            throw new AssertionError("the seed article is missing at " + SEED.toAbsolutePath().normalize());
        }
        Set<String> seedRuns = runs(words(Files.readString(SEED)));
        List<String> copied = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList()) {
                List<String> w = words(withoutCitedTitles(Files.readString(f)));
                for (int i = 0; i + RUN <= w.size(); i++) {
                    String run = String.join(" ", w.subList(i, i + RUN));
                    if (seedRuns.contains(run)) {
                        copied.add(f + ": " + run);
                    }
                }
            }
        }
        assertEquals(List.of(), copied, "runs of " + RUN + " words shared with the seed article");
    }

    @Test
    void everyFactOfTheSeedIsOnSomePage() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String page : BuiltSite.pages()) {
            all.append(Jsoup.parse(Files.readString(BuiltSite.dir().resolve(page))).text()).append('\n');
        }
        String text = all.toString().toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> missing = FACTS.stream()
                .filter(f -> Stream.of(f.split("\\|")).noneMatch(alt -> text.contains(alt.toLowerCase(Locale.ROOT))))
                .toList();
        assertEquals(List.of(), missing, "facts of the seed that no page states");
    }

    @Test
    void lumbarWarningAndStopSignsAreOneClickFromEveryPage() throws IOException {
        for (String page : BuiltSite.pages()) {
            Document doc = parse(page);
            Set<String> targets = new HashSet<>();
            for (Element a : doc.select("a[href]")) {
                targets.add(resolve(page, a.attr("href")));
            }
            assertTrue(targets.contains("precautions/avoid-the-lumbar-spine.html"), page + " lacks the lumbar warning link");
            assertTrue(targets.contains("precautions/listen-to-your-body.html"), page + " lacks the stop signs link");
        }
    }

    @Test
    void headingsDescendInOrderWithOneH1() throws IOException {
        for (String page : BuiltSite.pages()) {
            Document doc = parse(page);
            assertEquals(1, doc.select("h1").size(), page + " has one h1");
            int previous = 1;
            for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = Integer.parseInt(h.tagName().substring(1));
                assertTrue(level <= previous + 1, page + ": " + h.tagName() + " '" + h.text() + "' skips a level after h" + previous);
                previous = level;
            }
        }
    }

    @Test
    void linksSayWhereTheyGoAndImagesHaveAltText() throws IOException {
        Set<String> vague = Set.of("here", "click here", "read more", "more", "link", "this page");
        for (String page : BuiltSite.pages()) {
            Document doc = parse(page);
            for (Element a : doc.select("a[href]")) {
                String text = (a.text() + " " + a.select("img[alt]").attr("alt")).trim().toLowerCase(Locale.ROOT);
                assertTrue(!text.isEmpty() || a.hasAttr("aria-label"), page + ": a link without text: " + a);
                assertTrue(!vague.contains(text), page + ": a vague link text '" + text + "'");
            }
            for (Element img : doc.select("img")) {
                assertTrue(img.hasAttr("alt"), page + ": an image without alt: " + img);
            }
            for (Element svg : doc.select("svg[role=img]")) {
                assertTrue(!svg.select("title").text().isBlank(), page + ": an svg image without a title");
            }
        }
    }

    /**
     * The article gives no time for some moves (cat-cow, pelvic tilts, child's pose): a technique
     * that leaves out :seconds-min: shows none as the reader reads it, not even in its text, and
     * every routine step on it says its time is the routine's pacing, while no other step does.
     */
    @Test
    void aMoveTheSourceGivesNoTimeForShowsNone() throws IOException {
        Set<String> untimed = new HashSet<>();
        try (Stream<Path> walk = Files.list(Path.of("content/techniques"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                if (Files.readAllLines(f).stream().noneMatch(l -> l.startsWith(":seconds-min:"))) {
                    untimed.add(f.getFileName().toString().replace(".adoc", ""));
                }
            }
        }
        assertTrue(untimed.containsAll(List.of("cat-cow", "pelvic-tilt", "childs-pose")), "the article gives these no time: " + untimed);
        for (String id : untimed) {
            Document doc = parse("techniques/" + id + ".html");
            assertEquals("The source gives no time", doc.select("dl.facts div:has(dt:matchesOwn(^Time per area$)) dd").text(), id);
            assertFalse(doc.select("main").text().matches("(?s).*\\b\\d+\\s*(s|secs?|seconds?|mins?|minutes?)\\b.*"),
                    id + " states a time the source does not give");
        }
        int marked = 0;
        for (String page : BuiltSite.pages().stream().filter(p -> p.startsWith("routines/") && !p.endsWith("index.html")).toList()) {
            for (Element step : parse(page).select("#routine-steps li")) {
                String technique = step.select("a[href]").attr("href").replaceAll(".*/|\\.html$", "");
                boolean pacing = step.text().contains("the routine's pacing (the source gives no time)");
                assertEquals(untimed.contains(technique), pacing, page + ": " + step.text());
                marked += pacing ? 1 : 0;
            }
        }
        assertTrue(marked > 0, "some routine has a step on a move the source gives no time for");
    }

    /**
     * The article times the thoracic extension only as a step of the thoracic spine roll: the page
     * shows that roll's time and says so, while its figure keeps the roller still rather than rolling.
     */
    @Test
    void theExtensionShowsTheTimeOfTheRollItIsPartOf() throws IOException {
        List<String> extension = Files.readAllLines(Path.of("content/techniques/thoracic-extension.adoc"));
        List<String> roll = Files.readAllLines(Path.of("content/techniques/thoracic-spine-roll.adoc"));
        for (String end : List.of(":seconds-min:", ":seconds-max:")) {
            assertEquals(roll.stream().filter(l -> l.startsWith(end)).toList(), extension.stream().filter(l -> l.startsWith(end)).toList(), end);
        }
        Document doc = parse("techniques/thoracic-extension.html");
        Element time = doc.selectFirst("dl.facts div:has(dt:matchesOwn(^Time per area$)) dd");
        assertTrue(time != null && time.text().contains("the time of the roll this move is part of: Thoracic"), String.valueOf(time));
        assertEquals("thoracic-spine-roll.html", time.select("a").attr("href").replaceAll(".*/", ""));
        String caption = doc.select("figure figcaption").text();
        assertTrue(caption.contains("Keep it still, extend your upper back gently over it"), caption);
        assertFalse(caption.contains("Roll slowly back and forth"), caption);
    }

    private static Document parse(String page) throws IOException {
        return Jsoup.parse(Files.readString(BuiltSite.dir().resolve(page)));
    }

    private static String resolve(String page, String href) {
        String path = href.replaceAll("#.*$", "");
        return path.isEmpty() ? page : org.saferoll.verify.VerifierAccess.resolve(page, path);
    }

    /** Naming a source by its title, as the sources registry lists it, is citing it, not copying it. */
    private static String withoutCitedTitles(String text) throws IOException {
        JsonNode sources = new ObjectMapper().readTree(Path.of("schema/sources.json").toFile()).path("sources");
        for (JsonNode source : sources) {
            text = text.replace(source.path("title").asText(), "");
        }
        return text;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^a-z0-9']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
