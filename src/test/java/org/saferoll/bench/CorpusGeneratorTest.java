package org.saferoll.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The benchmark measures builds, so its corpora must build: a corpus that the safety schema
 * rejects stops every {@code bench/run} at validate and measures nothing.
 */
class CorpusGeneratorTest {
    /** The day the generated pages were last checked: a fixed clock keeps the test from ageing. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    @Test
    void generatedCorpusPassesCheckWithoutErrorOrWarning() throws Exception {
        Path corpus = new CorpusGenerator().generate(dir.resolve("corpus"), 100);
        try (Pipeline pipeline = new Pipeline(false, 2)) {
            Pipeline.Outcome outcome = pipeline.check(BuildOptions.defaults(corpus).withToday(TODAY));
            List<String> problems = outcome.diagnostics().stream().map(Diagnostic::headline).toList();
            assertEquals(List.of(), problems, "the generated corpus draws problems from check");
            assertEquals(100, outcome.pages());
        }
    }

    /** At 100 pages a hold word may not turn up by chance; larger corpora draw more word pairs from the same list. */
    @Test
    void noTwoWordsInARowSpellAHoldWord() {
        List<String> holdWords = SafetySchema.load(Path.of("schema")).list("statedTime", "holdWords");
        for (String first : CorpusGenerator.WORDS) {
            for (String second : CorpusGenerator.WORDS) {
                String pair = first + " " + second;
                holdWords.forEach(hold -> assertFalse(pair.contains(hold), "\"" + pair + "\" contains the hold word " + hold));
            }
        }
    }
}
