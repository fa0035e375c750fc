package org.saferoll.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.BuildOptions;
import org.saferoll.BuiltSite;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.ProseVocabulary;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.prose.AdviceCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prose check as a writer meets it: through the real load stage (Asciidoctor's document,
 * not the source lines), with the file and line of each sentence.
 */
class UnsafeAdviceRuleTest {
    private static final String PAGE = "content/issue-sentences.adoc";

    @TempDir
    Path tmp;

    /** Every wording listed in issue #12, each on its own line of one page. Line number to what must be quoted. */
    @Test
    void everyWordingOfTheIssueIsRejectedWithFileAndLine() throws IOException {
        String text = """
                = Issue sentences
                :jbake-type: page
                :jbake-status: draft
                :description: A page that tries every unsafe wording a writer might use for the prose check.

                Roll directly on your lower back.

                Place the roller under your lower back and roll.

                Roll on your lower back.

                Roll your low back.

                Roll over the lumbar spine.

                Roll along your neck.

                No pain no gain.

                Roll your lower back.

                Warm up first.
                Then roll your
                lower back for a minute.

                Roll your *lower* back.

                Roll your lower{sp}back.

                :zone: lower back
                Roll your {zone} gently.

                * Roll your _low_ back.

                |===
                | Roll the small of your back.
                |===

                [NOTE]
                Push through the pain.

                [cols="1a"]
                |===
                | Never mind the tables.

                Roll your neck gently.
                |===

                . Warm up.
                . Then roll quickly
                over the glutes.
                """;
        Map<Integer, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry(6, "Roll directly on your lower back."),
                Map.entry(8, "Place the roller under your lower back and roll."),
                Map.entry(10, "Roll on your lower back."),
                Map.entry(12, "Roll your low back."),
                Map.entry(14, "Roll over the lumbar spine."),
                Map.entry(16, "Roll along your neck."),
                Map.entry(18, "No pain no gain."),
                Map.entry(20, "Roll your lower back."),
                Map.entry(23, "Then roll your lower back for a minute."),
                Map.entry(26, "Roll your lower back."),
                Map.entry(28, "Roll your lower back."),
                Map.entry(31, "Roll your lower back gently."),
                Map.entry(33, "Roll your low back."),
                Map.entry(36, "Roll the small of your back."),
                Map.entry(40, "Push through the pain."),
                Map.entry(46, "Roll your neck gently."),
                Map.entry(50, "Then roll quickly over the glutes.")));
        List<Diagnostic> found = check(text);
        Map<Integer, String> got = new TreeMap<>();
        for (Diagnostic d : found) {
            assertEquals(PAGE, d.file());
            assertFalse(d.hint().isBlank(), "every message suggests a safe wording");
            got.put(d.line(), d.message().substring(1, d.message().indexOf("\":")));
        }
        assertEquals(expected, got, () -> String.join("\n", found.stream().map(Diagnostic::headline).toList()));
    }

    @Test
    void warningsAndSafeInstructionsPass() throws IOException {
        List<Diagnostic> found = check("""
                = Warnings
                :jbake-type: page
                :jbake-status: draft
                :description: A page of warnings, which the prose check must let through untouched.

                Never roll your lower back.
                Roll the glutes instead of the lower back.
                Keep the roller away from your neck, and stop before the roller reaches your lower back.
                If you feel tingling, stop.
                Forget the old "no pain, no gain" idea; e.g. roll slowly, an inch or two per second.

                ----
                Roll your lower back.
                ----

                // Roll your lower back.
                """);
        assertEquals(List.of(), found.stream().map(Diagnostic::headline).toList());
    }

    @Test
    void theMessageQuotesTheSentenceSaysWhyAndSuggestsSafeWording() throws IOException {
        Diagnostic d = check("""
                = One
                :jbake-type: page
                :jbake-status: draft
                :description: A page with one unsafe sentence, to read the message a writer gets.

                Roll the lumbar spine for a minute.
                """).get(0);
        assertEquals("unsafe-advice", d.rule());
        assertTrue(d.message().startsWith("\"Roll the lumbar spine for a minute.\""), d.message());
        assertTrue(d.message().contains("no-roll zone") && d.message().contains("no rib cage"), d.message());
        assertTrue(d.hint().contains("Never roll your lower back"), d.hint());
    }

    @Test
    void everyShippedPagePasses() throws IOException {
        Pipeline.Outcome outcome = TestProject.pipeline().check(BuildOptions.defaults(Path.of("")).withToday(TestProject.TODAY));
        assertEquals(List.of(), outcome.diagnostics().stream().filter(d -> d.rule().equals("unsafe-advice"))
                .map(Diagnostic::headline).toList());
    }

    @Test
    void aRegionAddedToTheNoRollListIsProtectedInProse() throws IOException {
        Path schema = Files.createDirectories(tmp.resolve("schema"));
        TestProject.copyTree(Path.of("schema"), schema);
        AdviceCheck before = new AdviceCheck(ProseVocabulary.from(SafetySchema.load(schema)));
        assertFalse(before.check("Roll your buttocks for a minute.").isPresent());
        Path rules = schema.resolve("rules.json");
        Files.writeString(rules, Files.readString(rules).replace("\"regions\": [\"lumbar\", \"neck\"]", "\"regions\": [\"lumbar\", \"neck\", \"glutes\"]"));
        AdviceCheck after = new AdviceCheck(ProseVocabulary.from(SafetySchema.load(schema)));
        assertTrue(after.check("Roll your buttocks for a minute.").isPresent(), "glutes' words come from prose.json regionWords");
        assertFalse(after.check("Never roll your glutes.").isPresent());
    }

    @Test
    void theSafetySchemaPageShowsTheTargetsAndWordLists() throws IOException {
        String html = Files.readString(BuiltSite.dir().resolve("safety-schema.html"));
        var doc = org.jsoup.Jsoup.parse(html);
        String text = doc.text();
        ProseVocabulary v = ProseVocabulary.from(SafetySchema.load(Path.of("schema")));
        v.targets().forEach((region, words) -> assertTrue(text.contains(String.join(", ", words)), region + " words missing"));
        assertTrue(text.contains(String.join(", ", v.list("overrides.sayings"))));
        assertTrue(text.contains(String.join(", ", v.list("negations.before"))));
    }

    private List<Diagnostic> check(String page) throws IOException {
        TestProject project = TestProject.copy(tmp);
        project.write(PAGE, page);
        return TestProject.pipeline().check(project.options()).diagnostics().stream()
                .filter(d -> d.rule().equals("unsafe-advice")).toList();
    }
}
