package org.saferoll.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;
import org.saferoll.report.Diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A warm pipeline reuses what validate found on unchanged pages (ValidationCache). After each edit
 * here, the warm run must report exactly what a fresh run reports, and the edit must change the
 * report, so a cache that kept a stale result fails. Each edit is to one page (or the schema, or
 * the date) and changes what another page is told.
 */
class WarmValidateTest {
    private static final String LAT_ROLL = "content/techniques/lat-roll.adoc";
    private static final String FOAM_ROLLER = "content/equipment/foam-roller.adoc";
    private static final String DESK_RESET = "content/routines/desk-reset.adoc";

    @TempDir
    Path tmp;

    private final Pipeline warm = TestProject.reusingPipeline();

    @Test
    void removingAnAnchorAnotherPageLinksToIsReportedOnThatPage() throws IOException {
        TestProject project = TestProject.copy(tmp);
        project.replace(LAT_ROLL, "== How to do it", "[#warm-anchor]\n== How to do it");
        project.replace(FOAM_ROLLER, "xref:../techniques/lat-roll.adoc[Lat roll]", "xref:../techniques/lat-roll.adoc#warm-anchor[Lat roll]");
        List<Diagnostic> before = warmEqualsFresh(project.options());

        project.replace(LAT_ROLL, "[#warm-anchor]\n", ""); // only the body of page A changes
        List<Diagnostic> after = warmEqualsFresh(project.options());

        assertNotEquals(before, after);
        assertTrue(after.stream().anyMatch(d -> d.file().equals(FOAM_ROLLER) && d.rule().equals("broken-xref")), after::toString);
    }

    @Test
    void aTechniquesLevelAndTimesReachTheRoutinesThatUseIt() throws IOException {
        TestProject project = TestProject.copy(tmp);
        List<Diagnostic> before = warmEqualsFresh(project.options());

        project.replace(LAT_ROLL, ":level: beginner", ":level: advanced");
        List<Diagnostic> level = warmEqualsFresh(project.options());
        assertTrue(level.stream().anyMatch(d -> d.file().equals(DESK_RESET) && d.rule().equals("level")), level::toString);

        project.replace(LAT_ROLL, ":level: advanced", ":level: beginner").replace(LAT_ROLL, ":seconds-max: 120", ":seconds-max: 40");
        List<Diagnostic> times = warmEqualsFresh(project.options());
        assertTrue(times.stream().anyMatch(d -> d.file().equals(DESK_RESET) && d.rule().equals("step-time")), times::toString);

        project.replace(LAT_ROLL, ":seconds-max: 40", ":seconds-max: 120");
        assertEquals(before, warmEqualsFresh(project.options()), "back as it was");
    }

    @Test
    void unpublishingOrDeletingAPageReachesThePagesThatReferToIt() throws IOException {
        TestProject project = TestProject.copy(tmp);
        warmEqualsFresh(project.options());

        project.replace(LAT_ROLL, ":jbake-status: published", ":jbake-status: draft");
        List<Diagnostic> draft = warmEqualsFresh(project.options());
        assertTrue(draft.stream().anyMatch(d -> d.file().equals(DESK_RESET) && d.rule().equals("reference")), draft::toString);

        java.nio.file.Files.delete(project.file(LAT_ROLL));
        List<Diagnostic> deleted = warmEqualsFresh(project.options());
        assertTrue(deleted.stream().anyMatch(d -> d.file().equals(FOAM_ROLLER) && d.rule().equals("broken-xref")), deleted::toString);
    }

    @Test
    void aNewDateOrSchemaChecksEveryPageAgain() throws IOException {
        TestProject project = TestProject.copy(tmp);
        List<Diagnostic> today = warmEqualsFresh(project.options());

        project.replace("schema/rules.json", "\"hold\": { \"min\": 20,", "\"hold\": { \"min\": 26,");
        List<Diagnostic> schema = warmEqualsFresh(project.options());
        assertNotEquals(today, schema);
        assertTrue(schema.stream().anyMatch(d -> d.file().equals(DESK_RESET) && d.rule().equals("hold-time")), schema::toString);

        List<Diagnostic> later = warmEqualsFresh(project.options().withToday(TestProject.TODAY.plusYears(3)));
        assertNotEquals(schema, later);
        assertTrue(later.stream().anyMatch(d -> d.file().equals(LAT_ROLL) && d.rule().equals("review")), later::toString);
    }

    /** Checks the project warm and fresh, asserts both say the same, and returns it. */
    private List<Diagnostic> warmEqualsFresh(BuildOptions options) throws IOException {
        List<Diagnostic> warmRun = warm.check(options).diagnostics();
        List<Diagnostic> fresh = TestProject.pipeline().check(options).diagnostics();
        assertEquals(fresh, warmRun, "a warm check reports what a fresh one does");
        return fresh;
    }
}
