package org.saferoll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.report.Diagnostic;
import org.saferoll.cli.SafeRoll;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline on the shipped content and on each failure path of the build. */
class PipelineTest {

    @TempDir
    Path tmp;

    @Test
    void shippedContentBuildsSiteAndZip() throws Exception {
        TestProject p = TestProject.copy(tmp);
        Pipeline.Outcome outcome = p.build();
        assertTrue(outcome.published(), () -> "diagnostics: " + outcome.diagnostics());
        Path site = p.options().siteDir();
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.isRegularFile(site.resolve("css/site.css")));
        assertTrue(Files.isRegularFile(site.resolve("search-index.js")));
        try (ZipFile zip = new ZipFile(p.options().zipFile().toFile())) {
            assertTrue(zip.getEntry("saferoll/index.html") != null, "the zip holds the site under saferoll/");
            long htmlInSite;
            try (Stream<Path> walk = Files.walk(site)) {
                htmlInSite = walk.filter(f -> f.toString().endsWith(".html")).count();
            }
            long htmlInZip = zip.stream().filter(e -> e.getName().endsWith(".html")).count();
            assertEquals(htmlInSite, htmlInZip);
        }
        assertFalse(Files.exists(p.options().stagingDir()), "the staging folder is cleaned up");
    }

    @Test
    void everyPageUsesOnlyRelativeUrls() throws Exception {
        TestProject p = TestProject.copy(tmp);
        assertTrue(p.build().published());
        try (Stream<Path> walk = Files.walk(p.options().siteDir())) {
            for (Path f : walk.filter(x -> x.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                assertFalse(html.matches("(?s).*(href|src)=\"/[^/].*"), f + " has a root-absolute URL");
                assertFalse(html.contains("src=\"http"), f + " loads something from another host");
            }
        }
    }

    @Test
    void unknownTypeFailsWithLineAndLeavesSiteUntouched() throws Exception {
        TestProject p = TestProject.copy(tmp);
        assertTrue(p.build().published());
        String before = TestProject.treeDigest(p.options().siteDir());
        p.replace("content/equipment/foam-roller.adoc", ":jbake-type: equipment", ":jbake-type: equipmnet");
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        assertHas(outcome.diagnostics(), "content/equipment/foam-roller.adoc", 2, "type");
        assertEquals(before, TestProject.treeDigest(p.options().siteDir()), "the old site is byte-for-byte intact");
    }

    @Test
    void missingTitleFails() throws Exception {
        TestProject p = TestProject.copy(tmp);
        p.replace("content/precautions/avoid-the-neck.adoc", "= Avoid the Neck\n", "");
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        assertHas(outcome.diagnostics(), "content/precautions/avoid-the-neck.adoc", 1, "title");
        assertFalse(Files.exists(p.options().siteDir()), "nothing is published on a first failed build");
    }

    @Test
    void brokenInternalLinkFailsAtItsLine() throws Exception {
        TestProject p = TestProject.copy(tmp);
        p.write("content/equipment/foam-roller.adoc", p.read("content/equipment/foam-roller.adoc")
                + "\nSee the xref:../techniques/no-such-roll.adoc[missing roll].\n");
        int line = p.read("content/equipment/foam-roller.adoc").split("\n", -1).length - 1;
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        assertHas(outcome.diagnostics(), "content/equipment/foam-roller.adoc", line, "broken-xref");
    }

    @Test
    void verifyCatchesBrokenAndRootAbsoluteLinksFromTemplates() throws Exception {
        TestProject p = TestProject.copy(tmp);
        assertTrue(p.build().published());
        String before = TestProject.treeDigest(p.options().siteDir());
        p.replace("templates/layout.ftl", "<a href=\"${c.rootpath}${c.urls.tags}\">",
                "<a href=\"/tags/index.html\">Abs</a> <a href=\"${c.rootpath}nowhere.html\">");
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.rule().equals("relative-url")), outcome.diagnostics()::toString);
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.rule().equals("broken-link")), outcome.diagnostics()::toString);
        assertEquals(before, TestProject.treeDigest(p.options().siteDir()));
    }

    /** What a template writes is held to the allowlist too: a handler in the layout stops the build. */
    @Test
    void verifyRejectsHtmlFromATemplateThatTheAllowlistDoesNotAllow() throws Exception {
        TestProject p = TestProject.copy(tmp);
        p.replace("templates/layout.ftl", "<main id=\"main\" tabindex=\"-1\">", "<main id=\"main\" tabindex=\"-1\" onclick=\"alert(1)\">");
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.rule().equals("html-allowlist") && d.message().contains("template")),
                outcome.diagnostics()::toString);
    }

    @Test
    void templateErrorNamesTemplateAndLine() throws Exception {
        TestProject p = TestProject.copy(tmp);
        String lede = "<p class=\"lede\">${c.description}</p>";
        int line = p.read("templates/page.ftl").lines().toList().indexOf(lede) + 1;
        assertTrue(line > 0, "the test edits the lede line of page.ftl");
        p.replace("templates/page.ftl", lede, "<p class=\"lede\">${c.nosuchvalue}</p>");
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        assertHas(outcome.diagnostics(), "templates/page.ftl", line, "template");
    }

    @Test
    void aTemplateErrorSharedByEveryPageIsReportedOnceWithTheVariablesName() throws Exception {
        TestProject p = TestProject.copy(tmp);
        p.replace("templates/layout.ftl", "<main id=\"main\" tabindex=\"-1\">", "<main id=\"main\" tabindex=\"-1\">${c.nosuchvalue}");
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        List<Diagnostic> template = outcome.diagnostics().stream().filter(d -> d.rule().equals("template")).toList();
        assertEquals(1, template.size(), template::toString);
        String message = template.get(0).message();
        assertTrue(message.contains("c.nosuchvalue"), message);
        assertTrue(message.matches(".*\\(while baking \\S+ and \\d+ more\\)"), message);
    }

    @Test
    void includeOutsideContentNeverReachesOutput() throws Exception {
        TestProject p = TestProject.copy(tmp);
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT-42");
        p.write("secret-in-project.txt", "PROJECT-SECRET-17");
        p.write("content/equipment/foam-roller.adoc", p.read("content/equipment/foam-roller.adoc")
                + "\ninclude::../../../secret.txt[]\n\ninclude::" + secret.toAbsolutePath() + "[]\n\n"
                + "include::../../secret-in-project.txt[]\n");
        Pipeline.Outcome outcome = p.build();
        // What bake would ship is the page as loaded: SECURE mode never read the files.
        String html = new org.saferoll.load.ContentLoader(TestProject.parser(), 1, false).run(org.saferoll.load.ContentLoader.Request.toBake(p.dir()))
                .page("foam-roller").orElseThrow().html();
        assertFalse(html.contains("TOP-SECRET-CONTENT-42"), "an absolute include was read");
        assertFalse(html.contains("PROJECT-SECRET-17"), "a relative include was read");
        assertTrue(html.contains("secret.txt"), "the include is still visible as a link");
        assertNoFileContains(p.options().outputDir(), "TOP-SECRET-CONTENT-42", "PROJECT-SECRET-17");
        // Rejected for the includes and nothing else, so the checks above are about the includes.
        assertFalse(outcome.published());
        assertEquals(java.util.Set.of("include"), outcome.diagnostics().stream().map(Diagnostic::rule)
                .collect(java.util.stream.Collectors.toSet()), outcome.diagnostics()::toString);
    }

    /** No file under {@code dir} (the site, the zip, the cache, ...) holds any of {@code secrets}. */
    static void assertNoFileContains(Path dir, String... secrets) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertFalse(bytes.contains(secret), f + " holds " + secret);
                }
            }
        }
    }

    @Test
    void commandLineReportsProblemsWithoutStackTrace() throws Exception {
        TestProject p = TestProject.copy(tmp);
        p.replace("content/routines/desk-reset.adoc", ":level: beginner", ":levl: beginner");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new SafeRoll(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("build", "--project", p.dir().toString());
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertTrue(text.contains("content/routines/desk-reset.adoc:6: error [unknown-attribute] unknown attribute :levl:"), text);
        assertTrue(text.contains("hint: did you mean :level:?"), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        assertFalse(text.contains("Exception"), "no exception names: " + text);
    }

    @Test
    void unknownCommandIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new SafeRoll(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("bild");
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'bild'"));
    }

    static void assertHas(List<Diagnostic> diagnostics, String file, int line, String rule) {
        assertTrue(diagnostics.stream().anyMatch(d -> d.file().equals(file) && d.line() == line && d.rule().equals(rule)),
                () -> "expected " + file + ":" + line + " [" + rule + "] in:\n" + String.join("\n",
                        diagnostics.stream().map(Diagnostic::headline).toList()));
    }
}
