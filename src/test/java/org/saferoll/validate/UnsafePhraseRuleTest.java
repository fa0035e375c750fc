package org.saferoll.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saferoll.load.Header;
import org.saferoll.load.Page;
import org.saferoll.load.Site;
import org.saferoll.load.SourceFile;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.rules.UnsafePhraseRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Warnings are what the site should say; only instructions to do the unsafe thing are refused. */
class UnsafePhraseRuleTest {
    private static final SafetySchema SCHEMA = SafetySchema.load(Path.of("schema"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Never roll your lower back.|0",
            "Do not roll your neck, ever.|0",
            "Avoid the temptation to roll your lower back.|0",
            "Forget the old 'no pain, no gain' idea.|0",
            "Stop rather than push through the pain.|0",
            "Roll your lower back for a minute.|1",
            "Then roll your neck slowly.|1",
            "Push through the pain if you can.|1",
            "It hurts. Push through the pain.|1",
            "NO PAIN, NO GAIN!|1",
    })
    void flagsInstructionsButNotWarnings(String sentence, int expected) {
        SourceFile source = SourceFile.of("content/routines/x.adoc", "= X\n\n" + sentence + "\n");
        Page page = new Page(source, "x", "routines/x.html", Header.read(source.lines()), List.of(), "", java.util.Set.of());
        List<Diagnostic> out = new ArrayList<>();
        new UnsafePhraseRule().check(page, new RuleContext(new Site(Path.of("."), List.of(page), List.of()), SCHEMA,
                java.time.LocalDate.of(2026, 1, 1)), out);
        assertEquals(expected, out.size(), () -> sentence + " -> " + out);
        out.forEach(d -> assertEquals(3, d.line()));
    }
}
