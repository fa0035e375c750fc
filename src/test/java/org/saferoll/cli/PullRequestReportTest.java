package org.saferoll.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.TestProject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a pull request shows: every problem in the job summary, and a closing line that agrees with the exit status. */
class PullRequestReportTest {
    /** A routine with fifteen mistakes, each on a line of its own. */
    static final String FIFTEEN = """
            = Fixture Routine
            :jbake-type: routine
            :jbake-status: published
            :description: A routine with fifteen mistakes, one on each of its lines.
            :context: evening
            :level: expert
            :equipment: foam-roller, foam-rollr
            :precautions: listen-to-your-body, consult-a-professional
            :reviewed-by: Test Reviewer, physiotherapist
            :reviewed-on: 2026-13-01
            :sources: back-rolling-article
            :regoins: thoracic

            == Steps

            [.step,technique=thoracic-spine-roll,seconds=60,sides=left]
            === One
            Roll.

            [.step,technique=thoracic-spine-roll,seconds=60,hold=many]
            === Two
            Roll.

            [.step,technique=thoracic-spine-rol,seconds=60]
            === Three
            Roll.

            [.step,technique=lat-roll,secnds=60]
            === Four
            Roll.

            [.stpe,technique=lat-roll,seconds=60]
            === Five
            Roll.

            [.step,seconds=60]
            === Six
            Roll.

            [.step,technique=glute-roll,seconds=60,hold=45]
            === Seven
            Roll.

            include::../precautions/avoid-the-neck.adoc[]

            TODO finish this page

            If it feels good, roll your lower back too.
            """;

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return new SafeRoll(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env)
                .run(args);
    }

    @Test
    void everyProblemOfAFifteenErrorPageIsInTheJobSummary() throws IOException {
        TestProject project = TestProject.copy(tmp.resolve("p"));
        project.write("content/routines/fixture.adoc", FIFTEEN);
        Path summary = tmp.resolve("summary.md");
        Path json = tmp.resolve("report.json");
        int status = run(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
                "check", "--project", project.dir().toString(), "--json", json.toString());

        assertEquals(1, status, err::toString);
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals(15, report.path("errors").asInt(), err::toString);
        String table = Files.readString(summary);
        assertTrue(table.startsWith("### SafeRoll check: 15 errors, "), table);
        List<String> rows = table.lines().filter(l -> l.startsWith("| `content/")).toList();
        assertEquals(15, rows.size(), table);
        for (var d : report.path("diagnostics")) {
            String where = d.path("file").asText() + ":" + d.path("line").asInt();
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("| `" + where + "` | error | `" + d.path("rule").asText() + "` | ")
                            && r.contains(d.path("message").asText().replace("|", "\\|"))
                            && r.contains(d.path("hint").asText().replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;"))),
                    () -> "missing from the summary: " + d + "\n" + table);
        }
        long annotations = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("::error ")).count();
        assertEquals(15, annotations, "the annotations are still printed");
    }

    @Test
    void noSummaryIsWrittenOutsideGithubActions() throws IOException {
        TestProject project = TestProject.copy(tmp.resolve("p"));
        project.write("content/routines/fixture.adoc", FIFTEEN);
        assertEquals(1, run(Map.of(), "check", "--project", project.dir().toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).lines().noneMatch(l -> l.startsWith("::")));
    }

    @Test
    void strictClosingLineSaysWhyAWarningFails() throws IOException {
        TestProject project = TestProject.copy(tmp.resolve("p"));
        TestProject.copyTree(Path.of("src/test/resources/fixtures/review-due/content"), project.dir().resolve("content"));
        assertEquals(1, run(Map.of(), "check", "--strict", "--project", project.dir().toString()));
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.endsWith("0 errors, 1 warning (--strict: warnings fail too)"), last);

        out.reset();
        err.reset();
        assertEquals(0, run(Map.of(), "check", "--project", project.dir().toString()));
        String verdict = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(verdict.endsWith("0 errors, 1 warning"), verdict);
    }
}
