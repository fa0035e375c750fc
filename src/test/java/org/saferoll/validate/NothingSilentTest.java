package org.saferoll.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.TestProject;
import org.saferoll.report.Diagnostic;
import org.saferoll.scaffold.Scaffold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slips a writer makes that used to pass without a word, or drown in repeats: each gets exactly
 * one message, from {@code ./saferoll check}, naming its own line. The fixtures with the same
 * names in {@code src/test/resources/fixtures} assert the rule, file and line of each through a build.
 */
class NothingSilentTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    private List<Diagnostic> checkWith(String fixture) throws IOException {
        TestProject project = TestProject.copy(tmp);
        TestProject.copyTree(FIXTURES.resolve(fixture).resolve("content"), project.dir().resolve("content"));
        return project.check().diagnostics();
    }

    private static String lines(List<Diagnostic> found) {
        return String.join("\n", found.stream().map(d -> d.headline() + "  (hint: " + d.hint() + ")").toList());
    }

    @Test
    void unreadableFileIsReportedOnceWithNoCascadeInPagesReferringToIt() throws IOException {
        List<Diagnostic> found = checkWith("input-no-cascade");
        assertEquals(1, found.size(), () -> lines(found));
        assertEquals("content/equipment/foam-roller.adoc:8: error [input] the file is not valid UTF-8 text",
                found.get(0).headline());
    }

    @Test
    void misspeltStepRoleIsOneErrorWithDidYouMean() throws IOException {
        List<Diagnostic> found = checkWith("step-role");
        assertEquals(1, found.size(), () -> lines(found));
        Diagnostic d = found.get(0);
        assertEquals("content/routines/fixture.adoc:19: error [step] section 'Release the lats' has the role .stpe, "
                + "not .step, so the routine would leave it out", d.headline());
        assertTrue(d.hint().startsWith("did you mean .step?"), d.hint());
    }

    @Test
    void misspeltStepAttributeIsOneErrorWithDidYouMean() throws IOException {
        List<Diagnostic> found = checkWith("step-attribute-misspelt");
        assertEquals(1, found.size(), () -> lines(found));
        assertEquals("content/routines/fixture.adoc:15: error [step] step 'Roll the mid-back' has an unknown attribute secnds",
                found.get(0).headline());
        assertTrue(found.get(0).hint().startsWith("did you mean seconds=?"), found.get(0).hint());
    }

    @Test
    void duplicatedAttributeLineNamesBothLines() throws IOException {
        List<Diagnostic> found = checkWith("header-duplicate");
        assertEquals(1, found.size(), () -> lines(found));
        assertEquals("content/routines/fixture.adoc:11: error [header] :level: is set twice, on lines 6 and 11; "
                + "only the first value (beginner) counts", found.get(0).headline());
    }

    @Test
    void leadingTabOnAHeaderLineIsNamedAsSuchOnItsLine() throws IOException {
        List<Diagnostic> found = checkWith("header-tab");
        assertEquals(1, found.size(), () -> lines(found));
        assertEquals("content/routines/fixture.adoc:6: error [header] the line :level: starts with a tab, "
                + "so AsciiDoc does not read it as an attribute", found.get(0).headline());
    }

    @Test
    void includeIsItsOwnRuleReportedByCheck() throws IOException {
        List<Diagnostic> found = checkWith("include");
        assertEquals(1, found.size(), () -> lines(found));
        assertEquals("content/routines/fixture.adoc:19: error [include] includes are not allowed: copy the text or link "
                + "the page (include::../precautions/avoid-the-neck.adoc)", found.get(0).headline());
    }

    @Test
    void everyScaffoldGivesExactlyOneMessagePerTodoLine() throws IOException {
        TestProject project = TestProject.copy(tmp);
        Map<String, String> files = Map.of("technique", "content/techniques/hamstring-roll.adoc",
                "routine", "content/routines/evening-wind-down.adoc", "equipment", "content/equipment/yoga-block.adoc",
                "precaution", "content/precautions/warm-up-first.adoc", "page", "content/rolling-at-work.adoc");
        for (var e : files.entrySet()) {
            String id = e.getValue().substring(e.getValue().lastIndexOf('/') + 1).replace(".adoc", "");
            assertTrue(Scaffold.create(project.dir(), e.getKey(), id).ok(), e.getKey());
        }
        List<Diagnostic> found = project.check().diagnostics();
        for (String file : files.values()) {
            List<String> text = List.of(project.read(file).split("\n", -1));
            Map<Integer, Long> perLine = found.stream().filter(d -> d.file().equals(file))
                    .collect(Collectors.groupingBy(Diagnostic::line, Collectors.counting()));
            for (int i = 0; i < text.size(); i++) {
                long expected = text.get(i).contains("TODO") ? 1 : 0;
                assertEquals(expected, perLine.getOrDefault(i + 1, 0L).longValue(),
                        file + ":" + (i + 1) + " " + text.get(i) + "\n" + lines(found));
            }
            assertTrue(found.stream().filter(d -> d.file().equals(file)).allMatch(d -> d.rule().equals("todo")),
                    () -> lines(found));
        }
    }

    @Test
    void scaffoldLeavesNoSafetyNumberForTheWriterToShipUndecided() throws IOException {
        TestProject project = TestProject.copy(tmp);
        Scaffold.create(project.dir(), "technique", "hamstring-roll");
        Scaffold.create(project.dir(), "routine", "evening-wind-down");
        String technique = project.read("content/techniques/hamstring-roll.adoc");
        String routine = project.read("content/routines/evening-wind-down.adoc");
        assertTrue(technique.contains(":seconds-min: TODO") && technique.contains(":seconds-max: TODO"), technique);
        assertTrue(routine.contains("seconds=TODO"), routine);
        assertTrue(technique.lines().noneMatch(l -> l.matches(":seconds-m..: \\d.*")), technique);
        assertTrue(routine.lines().filter(l -> l.startsWith("[.step")).noneMatch(l -> l.matches(".*(seconds|hold)=\\d.*")), routine);
    }

    @Test
    void scaffoldTitlesFollowTheDocumentedCaseStyle() {
        assertEquals("Evening Wind Down", TitleCase.fromId("evening-wind-down"));
        assertEquals("Roll the Back over a Ball", TitleCase.fromId("roll-the-back-over-a-ball"));
        assertEquals("", TitleCase.firstMismatch("Lower Back Pain: What to Do Instead"));
        assertEquals("", TitleCase.firstMismatch("Pre-Workout Warm-Up"));
        assertEquals("routine", TitleCase.firstMismatch("Fixture routine"));
        assertEquals("The", TitleCase.firstMismatch("Roll The Back"));
    }
}
