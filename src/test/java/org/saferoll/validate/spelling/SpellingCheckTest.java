package org.saferoll.validate.spelling;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;
import org.saferoll.cli.SafeRoll;
import org.saferoll.report.Diagnostic;
import org.saferoll.serve.PreviewServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check --prose}: LanguageTool's warnings at the source lines of the sentences a reader
 * reads, the project's word list, {@code --strict}, the preview, and LanguageTool kept off the
 * default classpath. The checker comes from the prose classpath ({@link InstalledChecker}).
 */
class SpellingCheckTest {
    private static final String PAGE = "content/techniques/glute-roll.adoc";
    /** A paragraph whose slips sit on its second and third lines, and a code block that is not prose. */
    private static final String SLIPS = """

            Keep the roller
            on a even floor and roll
            slowly over the mucsles
            of the piriformis area.

            ----
            mispeled code is not prose
            ----
            """;

    private static SpellChecker checker;
    private static Pipeline pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void install() throws Exception {
        checker = InstalledChecker.get();
        pipeline = new Pipeline(true, 2).withEnvironment(Map.of()).withExtraRules(List.of(new SpellingRule(checker)));
    }

    @AfterAll
    static void close() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private List<Diagnostic> check(TestProject project) throws IOException {
        return pipeline.check(project.options()).diagnostics();
    }

    private static int lineOf(TestProject project, String text) throws IOException {
        List<String> lines = Files.readAllLines(project.file(PAGE));
        return lines.indexOf(text) + 1;
    }

    @Test
    void slipsAreWarnedAtTheirLinesAndWordListTermsAreNot() throws IOException {
        TestProject project = TestProject.copy(tmp);
        project.write(PAGE, project.read(PAGE) + SLIPS);
        List<Diagnostic> found = check(project);

        List<Diagnostic> onPage = found.stream().filter(d -> d.file().equals(PAGE)).toList();
        assertEquals(2, onPage.size(), onPage::toString);
        Diagnostic grammar = onPage.get(0);
        assertEquals("grammar", grammar.rule(), grammar::toString);
        assertEquals(lineOf(project, "on a even floor and roll"), grammar.line(), grammar::toString);
        assertTrue(grammar.message().startsWith("\"a\": "), grammar.message());
        assertTrue(grammar.hint().contains("\"an\""), grammar.hint());
        Diagnostic spelling = onPage.get(1);
        assertEquals("spelling", spelling.rule());
        assertEquals(lineOf(project, "slowly over the mucsles"), spelling.line(), spelling::toString);
        assertTrue(spelling.message().startsWith("\"mucsles\": "), spelling.message());
        assertTrue(spelling.hint().startsWith("did you mean \"muscles\""), spelling.hint());
        assertTrue(onPage.stream().allMatch(d -> d.severity() == org.saferoll.report.Severity.WARNING));
        assertEquals(List.of(), found.stream().filter(d -> !d.file().equals(PAGE)).toList(), "the shipped pages pass");
        assertTrue(found.stream().noneMatch(d -> d.message().contains("piriformis")), "piriformis is in the word list");

        project.replace("schema/" + WordList.FILE, "\npiriformis\n", "\n");
        List<Diagnostic> without = check(project).stream().filter(d -> d.message().startsWith("\"piriformis\"")).toList();
        int line = lineOf(project, "of the piriformis area.");
        assertTrue(without.stream().anyMatch(d -> d.file().equals(PAGE) && d.line() == line),
                () -> "without the word list, LanguageTool flags it: " + without);
    }

    @Test
    void warningsPassAndStrictFails() throws IOException {
        TestProject project = TestProject.copy(tmp);
        project.write(PAGE, project.read(PAGE) + SLIPS);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SafeRoll cli = new SafeRoll(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        String dir = project.dir().toString();

        assertEquals(0, cli.run("check", "--prose", "--no-cache", "--project", dir), err::toString);
        String printed = err.toString(StandardCharsets.UTF_8);
        int line = lineOf(project, "slowly over the mucsles");
        assertTrue(printed.contains(PAGE + ":" + line + ": warning [spelling] \"mucsles\": "), printed);
        assertTrue(printed.contains("    hint: did you mean \"muscles\""), printed);

        err.reset();
        assertEquals(1, cli.run("check", "--prose", "--strict", "--no-cache", "--project", dir), err::toString);
        assertTrue(err.toString(StandardCharsets.UTF_8).strip().endsWith("0 errors, 2 warnings (--strict: warnings fail too)"), err::toString);
    }

    @Test
    void thePreviewWarnsOnTheEditedPageOnly() throws Exception {
        TestProject project = TestProject.copy(tmp);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PreviewServer preview = new PreviewServer(project.options(), 0, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)).withSpelling(checker)) {
            preview.start();
            project.write(PAGE, project.read(PAGE) + SLIPS);
            String status = await(preview, s -> s.contains("mucsles"));
            assertTrue(status.contains("\"warningsPage\":\"techniques/glute-roll.html\""), status);
            assertTrue(status.contains(PAGE + ":" + lineOf(project, "slowly over the mucsles") + ": warning [spelling]"), status);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains(PAGE + ":" + lineOf(project, "on a even floor and roll")
                    + ": warning [grammar]"), "and in the console");

            String other = "content/techniques/lat-roll.adoc";
            err.reset();
            project.write(other, project.read(other) + "\nRoll the lats slowley.\n");
            status = await(preview, s -> s.contains("slowley"));
            assertTrue(status.contains("\"warningsPage\":\"techniques/lat-roll.html\""), status);
            assertTrue(!status.contains("mucsles"), "the banner is the edited page's: " + status);
            assertTrue(!err.toString(StandardCharsets.UTF_8).contains("mucsles"), "the page edited before is not checked again");
        }
    }

    /** The preview's build state once it satisfies {@code until}; generous, as the machine may be busy. */
    private static String await(PreviewServer preview, java.util.function.Predicate<String> until) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String body = "";
        while (System.nanoTime() < end) {
            body = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(preview.url() + "__status")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            if (until.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the preview never reported it: " + body);
    }

    @Test
    void theDefaultClasspathHasNoLanguageTool() throws IOException {
        ClassLoader app = SpellChecker.class.getClassLoader();
        assertNull(app.getResource("org/languagetool/JLanguageTool.class"), "no LanguageTool jar on the test classpath");
        assertThrows(ClassNotFoundException.class, () -> Class.forName(SpellCheckers.IMPLEMENTATION, false, app));
        Path launcher = Path.of("target/classpath.txt");
        if (Files.exists(launcher)) {
            assertTrue(!Files.readString(launcher).contains("languagetool"), "./saferoll's classpath has no LanguageTool jar");
        }
        assertTrue(checker.getClass().getClassLoader() != app, "the checker comes from a class loader of its own");
    }

    @Test
    void theLaunchersInstallWhatTheMessagesName() throws IOException {
        String goals = SpellCheckers.INSTALL.substring(SpellCheckers.INSTALL.indexOf("-Pprose"));
        assertTrue(Files.readString(Path.of("saferoll")).contains(goals), "./saferoll runs " + goals);
        assertTrue(Files.readString(Path.of("saferoll.cmd")).contains(goals), "saferoll.cmd runs " + goals);
    }
}
