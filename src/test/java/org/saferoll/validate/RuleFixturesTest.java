package org.saferoll.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;
import org.saferoll.report.Diagnostic;
import org.saferoll.report.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fixture per rule: {@code src/test/resources/fixtures/<name>/content/...} is laid over a
 * copy of the shipped content, and {@code expect.txt} names the file, line and rule id the build
 * must report. Nothing may be baked.
 */
class RuleFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> list = Files.list(FIXTURES)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureFailsWithItsRuleFileAndLine(String name) throws IOException {
        TestProject project = TestProject.copy(tmp);
        TestProject.copyTree(FIXTURES.resolve(name).resolve("content"), project.dir().resolve("content"));
        String[] expect = Files.readString(FIXTURES.resolve(name).resolve("expect.txt")).trim().split("\\s+");
        String file = expect[0].substring(0, expect[0].lastIndexOf(':'));
        int line = Integer.parseInt(expect[0].substring(expect[0].lastIndexOf(':') + 1));
        String rule = expect[1];
        Severity severity = expect.length > 2 ? Severity.WARNING : Severity.ERROR;

        var options = project.options().withStrict(severity == Severity.WARNING);
        Pipeline.Outcome outcome = TestProject.reusingPipeline().build(options);

        List<Diagnostic> found = outcome.diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.file().equals(file) && d.line() == line && d.rule().equals(rule)
                        && d.severity() == severity),
                () -> "expected " + file + ":" + line + " [" + rule + "] but got:\n"
                        + String.join("\n", found.stream().map(Diagnostic::headline).toList()));
        assertTrue(found.stream().filter(d -> d.rule().equals(rule)).allMatch(d -> !d.hint().isBlank()),
                "every message carries a hint");
        assertFalse(outcome.published());
        assertFalse(Files.exists(options.siteDir()), "nothing is baked when a page fails");
    }

    /**
     * Every registered rule has a fixture that must make it speak, so switching any one rule off
     * (dropping it from the registry, or making it report nothing) turns its fixture red above.
     */
    @Test
    void everyRuleHasAFixture() throws IOException {
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (String name : fixtures().toList()) {
            expected.add(Files.readString(FIXTURES.resolve(name).resolve("expect.txt")).trim().split("\\s+")[1]);
        }
        List<String> without = org.saferoll.validate.rules.Rules.all().stream().map(Rule::id)
                .filter(id -> !expected.contains(id)).toList();
        assertEquals(List.of(), without, "rules no fixture makes speak");
    }

    @Test
    void shippedContentHasNoProblemsAtAll() throws IOException {
        TestProject project = TestProject.copy(tmp);
        Pipeline.Outcome outcome = project.check();
        assertEquals(List.of(), outcome.diagnostics().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void warningAloneDoesNotFailWithoutStrict() throws IOException {
        TestProject project = TestProject.copy(tmp);
        TestProject.copyTree(FIXTURES.resolve("review-due/content"), project.dir().resolve("content"));
        Pipeline.Outcome outcome = project.build();
        assertTrue(outcome.published(), outcome.diagnostics()::toString);
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.rule().equals("review-due")));
    }

    @Test
    void fiveMegabytePageIsRefusedClearly() throws IOException {
        TestProject project = TestProject.copy(tmp);
        String line = "Roll the mid-back slowly and breathe. ".repeat(20) + "\n\n";
        project.write("content/huge.adoc", "= Huge\n:jbake-type: page\n:jbake-status: published\n\n"
                + line.repeat(5 * 1024 * 1024 / line.length() + 1));
        Pipeline.Outcome outcome = project.build();
        assertFalse(outcome.published());
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.file().equals("content/huge.adoc")
                && d.rule().equals("input") && d.message().contains("MB")), outcome.diagnostics()::toString);
    }

    @Test
    void footRollerOnLumbarAndLongPreWorkoutHoldFailInWritersWords() throws IOException {
        TestProject project = TestProject.copy(tmp);
        TestProject.copyTree(FIXTURES.resolve("no-roll-zone/content"), project.dir().resolve("content"));
        TestProject.copyTree(FIXTURES.resolve("step-time-context/content"), project.dir().resolve("content"));
        List<Diagnostic> found = project.build().diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.rule().equals("no-roll-zone")
                && d.message().contains("may not target the lumbar region")));
        assertTrue(found.stream().anyMatch(d -> d.rule().equals("step-time")
                && d.message().contains("180 s") && d.message().contains("pre-workout routine allows 30 to 60 s")));
    }
}
