package org.saferoll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.report.Diagnostic;
import org.saferoll.scaffold.Scaffold;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page started from a template fails on every TODO, and passes once they are filled in. */
class ScaffoldTest {
    @TempDir
    Path tmp;

    @Test
    void newRoutineFailsOnEachTodoThenPassesWhenFilled() throws Exception {
        TestProject p = TestProject.copy(tmp);
        Scaffold.Result result = Scaffold.create(p.dir(), "routine", "evening-wind-down");
        assertTrue(result.ok(), result.message());
        String file = "content/routines/evening-wind-down.adoc";
        String text = p.read(file);
        assertTrue(text.startsWith("= Evening Wind Down\n"));

        List<Diagnostic> found = p.check().diagnostics().stream().filter(d -> d.file().equals(file)).toList();
        List<String> lines = List.of(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("TODO")) {
                int line = i + 1;
                assertTrue(found.stream().anyMatch(d -> d.line() == line && d.rule().equals("todo")),
                        "no todo message for line " + line + ": " + lines.get(i));
            }
        }

        p.write(file, """
                = Evening Wind-Down
                :jbake-type: routine
                :jbake-status: published
                :description: Ten calm minutes before bed for a back that has sat all day.
                :context: daily
                :level: beginner
                :equipment: foam-roller
                :precautions: listen-to-your-body, consult-a-professional
                :reviewed-by: Test Reviewer, physiotherapist
                :reviewed-on: 2026-10-01
                :sources: back-rolling-article

                Do this an hour before bed.

                == Steps

                // One section per step.
                [.step,technique=thoracic-spine-roll,seconds=90]
                === Roll the mid-back
                Slowly, from the shoulder blades up.
                """);
        assertEquals(List.of(), p.check().diagnostics().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void everyTypeHasATemplateThatFailsOnlyForTodos() throws Exception {
        TestProject p = TestProject.copy(tmp);
        for (String type : List.of("technique", "equipment", "precaution", "routine", "page")) {
            assertTrue(Scaffold.create(p.dir(), type, "new-" + type).ok());
        }
        List<Diagnostic> found = p.check().diagnostics();
        for (String type : List.of("technique", "equipment", "precaution", "routine", "page")) {
            assertTrue(found.stream().anyMatch(d -> d.rule().equals("todo") && d.file().endsWith("/new-" + type + ".adoc")),
                    () -> "the " + type + " template has no TODO: " + found);
        }
        List<String> notTodo = found.stream().filter(d -> !d.rule().equals("todo")).map(Diagnostic::headline).toList();
        assertEquals(List.of(), notTodo, "a fresh page fails on its TODOs and on nothing else");
    }

    @Test
    void refusesBadIdsTypesAndExistingPages() throws Exception {
        TestProject p = TestProject.copy(tmp);
        assertFalse(Scaffold.create(p.dir(), "routine", "Evening Wind").ok());
        assertFalse(Scaffold.create(p.dir(), "recipe", "x").ok());
        assertFalse(Scaffold.create(p.dir(), "technique", "lat-roll").ok());
    }
}
