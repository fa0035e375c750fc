package org.saferoll.bake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.BuiltSite;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;
import org.saferoll.report.Diagnostic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index as it ships: safe inside a script, split at real anchors, with facts and hints that resolve. */
class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode shippedIndex() throws Exception {
        String script = Files.readString(BuiltSite.dir().resolve("search-index.js"));
        assertTrue(script.startsWith("window.SAFEROLL_SEARCH=") && script.endsWith(";\n"));
        return JSON.readTree(script.substring("window.SAFEROLL_SEARCH=".length(), script.length() - 2));
    }

    @Test
    void scriptJsonCannotCloseTheElementOrBreakALine() throws Exception {
        ObjectNode node = ScriptJson.object();
        String hostile = "</script><script>alert(1)</script><!-- & \u2028 \u2029 -->";
        node.put("text", hostile);
        String json = ScriptJson.of(node);
        for (String c : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(json.contains(c), "the script text contains " + c + ": " + json);
        }
        assertEquals(hostile, JSON.readTree(json).path("text").asText(), "the escapes mean the same text");
    }

    @Test
    void theShippedIndexHasNoRawMarkupCharacters() throws Exception {
        String script = Files.readString(BuiltSite.dir().resolve("search-index.js"));
        for (String c : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(script.contains(c), "search-index.js contains a raw " + c);
        }
    }

    @Test
    void everySectionAnchorExistsInTheBakedPage() throws Exception {
        int anchors = 0;
        for (JsonNode page : shippedIndex().path("pages")) {
            Document doc = Jsoup.parse(Files.readString(BuiltSite.dir().resolve(page.get(1).asText())));
            for (JsonNode section : page.get(5)) {
                String anchor = section.get(0).asText();
                if (!anchor.isEmpty()) {
                    anchors++;
                    assertTrue(doc.getElementById(anchor) != null, page.get(1).asText() + " has no #" + anchor);
                    assertEquals(doc.getElementById(anchor).text(), section.get(1).asText(), "the heading shown is the page's");
                }
            }
        }
        assertTrue(anchors > 50, "sections are indexed: " + anchors);
    }

    @Test
    void factsOfTechniquesAndRoutinesAreSearchableWords() throws Exception {
        String warmUp = null;
        String catCow = null;
        for (JsonNode page : shippedIndex().path("pages")) {
            if (page.get(1).asText().equals("routines/pre-workout-warm-up.html")) {
                warmUp = page.get(4).asText();
            }
            if (page.get(1).asText().equals("techniques/cat-cow.html")) {
                catCow = page.get(4).asText();
            }
        }
        assertTrue(warmUp.contains("Beginner") && warmUp.contains("Pre-workout") && warmUp.contains("Foam Roller")
                && warmUp.contains("under 5 minutes"), "level, context, equipment and total time: " + warmUp);
        assertTrue(catCow.contains("no equipment") && catCow.contains("Beginner"), catCow);
    }

    @Test
    void everyHintLinksToAPublishedPage() throws Exception {
        JsonNode synonyms = JSON.readTree(Path.of("schema", SearchIndex.SYNONYMS).toFile()).path("synonyms");
        JsonNode shipped = shippedIndex().path("synonyms");
        assertEquals(synonyms.size(), shipped.size());
        for (int i = 0; i < synonyms.size(); i++) {
            if (synonyms.get(i).has("see")) {
                String uri = shipped.get(i).path("see").asText();
                assertFalse(uri.isEmpty(), "the hint for " + synonyms.get(i).path("words") + " names no published page");
                assertTrue(Files.isRegularFile(BuiltSite.dir().resolve(uri)), uri);
            }
        }
    }

    @Test
    void sectionsSplitAtHeadingsWithTheirAnchors() {
        List<SearchIndex.Section> s = SearchIndex.sections(
                "<p>Intro <em>words</em>.</p><div class=\"sect1\"><h2 id=\"_how_long\">How long</h2><p>30 s.</p><ul><li>one</li><li>two</li></ul></div>");
        assertEquals(List.of(new SearchIndex.Section("", "", "Intro words."), new SearchIndex.Section("_how_long", "How long", "30 s. one two")), s);
    }

    @Test
    void brokenSynonymsFileFailsWithItsLineAndPublishesNothing() throws Exception {
        TestProject p = TestProject.copy(tmp);
        p.write("schema/" + SearchIndex.SYNONYMS, "{\n  \"synonyms\": [\n    {\"words\": \"knots\",}\n  ]\n}\n");
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        Diagnostic d = outcome.diagnostics().stream().filter(x -> x.rule().equals("search-synonyms")).findFirst().orElseThrow();
        assertEquals("schema/search-synonyms.json", d.file());
        assertEquals(3, d.line());
        assertFalse(Files.exists(p.options().siteDir()), "nothing is published");
    }
}
