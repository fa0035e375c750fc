package org.saferoll.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saferoll.validate.prose.AdviceCheck;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every labelled sentence of the corpus is judged as labelled; the unsafe class is found with precision and recall of 95% or more. */
class ProseCorpusTest {
    private static final AdviceCheck CHECK = ProseCorpus.check();

    static List<ProseCorpus.Example> examples() throws IOException {
        return ProseCorpus.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void judgesEverySentenceAsLabelled(ProseCorpus.Example example) {
        var finding = CHECK.check(example.sentence());
        assertEquals(example.unsafe(), finding.isPresent(), () -> "corpus.tsv:" + example.line() + ": \"" + example.sentence()
                + "\" is labelled " + (example.unsafe() ? "unsafe" : "safe") + " but the check says " + finding);
    }

    @Test
    void corpusIsLargeBalancedAndScoresAtLeast95Percent() throws IOException {
        List<ProseCorpus.Example> all = ProseCorpus.examples();
        long unsafe = all.stream().filter(ProseCorpus.Example::unsafe).count();
        assertTrue(all.size() >= 150, "at least 150 sentences, got " + all.size());
        assertTrue(unsafe >= all.size() * 0.4 && unsafe <= all.size() * 0.6, "about half unsafe, got " + unsafe + " of " + all.size());
        ProseCorpus.Score score = ProseCorpus.score(CHECK, all);
        assertTrue(score.precision() >= 0.95 && score.recall() >= 0.95, () -> "precision " + score.precision() + ", recall " + score.recall());
    }

    /** The pass/fail table of CONTRIBUTING.md says what the check really does. */
    @Test
    void contributingExamplesBehaveAsDocumented() throws IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("CONTRIBUTING.md"));
        String table = guide.substring(guide.indexOf("| Passes | Fails |"));
        table = table.substring(0, table.indexOf("\n\n"));
        int rows = 0;
        for (String row : table.split("\n")) {
            String[] cells = row.split("\\|");
            if (cells.length < 3 || cells[1].isBlank() || cells[1].contains("Passes") || cells[1].contains("---")) {
                continue;
            }
            String pass = cells[1].replace("(a question)", "").strip();
            String fail = cells[2].strip();
            assertTrue(CHECK.check(pass).isEmpty(), "documented as passing: " + pass);
            assertTrue(CHECK.check(fail).isPresent(), "documented as failing: " + fail);
            rows++;
        }
        assertTrue(rows >= 10, "the table has examples, found " + rows);
    }
}
