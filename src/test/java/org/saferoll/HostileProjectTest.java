package org.saferoll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.report.Diagnostic;
import org.saferoll.report.ReportPrinter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pull request's file names, links and header values are untrusted: each class of attack, built end to end. */
class HostileProjectTest {
    private static final String SECRET = "OUTSIDE-SECRET-" + "7319";

    @TempDir
    Path tmp;

    private Path outsideFile(String name, String text) throws Exception {
        Path f = tmp.resolve("outside").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void symlinksAreErrorsAndNothingIsReadThroughThem() throws Exception {
        TestProject p = TestProject.copy(tmp);
        Path secretFile = outsideFile("secret.txt", SECRET);
        Path secretPage = outsideFile("page.adoc", p.read("content/equipment/foam-roller.adoc")
                .replace("= Foam Roller", "= Linked " + SECRET));
        Files.createSymbolicLink(p.file("assets/img/leak.txt"), secretFile);
        Files.createSymbolicLink(p.file("assets/linked-folder"), secretFile.getParent());
        Files.createSymbolicLink(p.file("content/equipment/linked.adoc"), secretPage);
        Files.createSymbolicLink(p.file("templates/extra.ftl"), secretFile);
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        for (String link : List.of("assets/img/leak.txt", "assets/linked-folder", "content/equipment/linked.adoc", "templates/extra.ftl")) {
            assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.file().equals(link) && d.rule().equals("symlink")),
                    link + " is named: " + outcome.diagnostics());
        }
        assertFalse(Files.exists(p.options().siteDir()));
        PipelineTest.assertNoFileContains(p.options().outputDir(), SECRET);
    }

    /**
     * A pull request can commit links under {@code target/} too (ignoring is only advice to git):
     * the parse cache used to empty the folder its {@code .cache} link named, and every write of
     * the build would follow a linked output folder out of the repository.
     */
    @Test
    void linkedOutputFoldersAreErrorsAndNothingOutsideIsTouched() throws Exception {
        for (String linked : List.of(".cache", ".incremental", "site", "")) {
            TestProject p = TestProject.copy(tmp.resolve("p" + linked));
            Path outside = outsideFile(linked + "kept/notes.txt", SECRET).getParent();
            Path output = p.options().outputDir();
            Files.createDirectories(output.getParent());
            if (!linked.isEmpty()) {
                Files.createDirectories(output);
            }
            Files.createSymbolicLink(output.resolve(linked), outside);
            Pipeline.Outcome outcome;
            try (Pipeline cached = new Pipeline(false, 2).withEnvironment(java.util.Map.of()).withDiskCache(output.resolve(".cache"))) {
                outcome = cached.build(p.options());
            }
            assertFalse(outcome.published(), linked);
            String name = p.dir().relativize(output.resolve(linked)).toString().replace('\\', '/');
            assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.file().equals(name) && d.rule().equals("symlink")),
                    name + " is named: " + outcome.diagnostics());
            try (java.util.stream.Stream<Path> left = Files.list(outside)) {
                assertEquals(List.of(outside.resolve("notes.txt")), left.toList(), "nothing outside deleted or written: " + linked);
            }
        }
    }

    /**
     * A link deeper in {@code target/site} (committed, or planted by anyone who can write there)
     * must not make the next build take a file from outside the site as "the page published last
     * time": a reused page is a hard link, so the published page would stay the outside file, and
     * whoever can write that file would change the site after it was verified.
     */
    @Test
    void aLinkInThePublishedSiteNeverMakesAnOutsideFileAPage() throws Exception {
        TestProject p = TestProject.copy(tmp);
        Path site = p.options().siteDir();
        try (Pipeline warm = new Pipeline(false, 2).withEnvironment(java.util.Map.of()).withDiskCache(p.options().outputDir().resolve(".cache"))) {
            assertTrue(warm.build(p.options()).published());
            Path outside = tmp.resolve("outside");
            Files.createDirectories(outside);
            Files.move(site.resolve("techniques"), outside.resolve("techniques")); // a rename keeps each file's stamp
            Files.createSymbolicLink(site.resolve("techniques"), outside.resolve("techniques"));
            assertTrue(warm.build(p.options()).published());
            Path page = site.resolve("techniques/lat-roll.html");
            Files.writeString(outside.resolve("techniques/lat-roll.html"), "<script>" + SECRET + "</script>");
            assertFalse(Files.readString(page).contains(SECRET), "the published page is the file outside the site");
        }
    }

    @Test
    void pagesCannotTakeTheAddressOfGeneratedPages() throws Exception {
        TestProject p = TestProject.copy(tmp);
        String page = p.read("content/contribute.adoc").replace("= Contribute", "= Impostor");
        p.write("content/safety-schema.adoc", page).write("content/404.adoc", page);
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published());
        for (String file : List.of("content/safety-schema.adoc", "content/404.adoc")) {
            assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.file().equals(file) && d.line() == 1
                    && d.rule().equals("reserved-name")), file + ": " + outcome.diagnostics());
        }
        assertFalse(Files.exists(p.options().siteDir()));
    }

    @Test
    void commentAndScriptInTitleAndDescriptionStayDataInJsonLd() throws Exception {
        TestProject p = TestProject.copy(tmp);
        String title = "Foam <!--<script> Roller & </script> Guide";
        String description = "A description with <!--<script> in it, & </script> and more, long enough.";
        p.replace("content/equipment/foam-roller.adoc", "= Foam Roller\n", "= " + title + "\n");
        p.write("content/equipment/foam-roller.adoc", p.read("content/equipment/foam-roller.adoc")
                .replaceFirst(":description: .*\n", ":description: " + description + "\n"));
        Pipeline.Outcome outcome = p.build();
        assertTrue(outcome.published(), outcome.diagnostics()::toString);
        String html = Files.readString(p.options().siteDir().resolve("equipment/foam-roller.html"));
        Element jsonLd = Jsoup.parse(html).selectFirst("script[type=application/ld+json]");
        String data = jsonLd.data();
        for (String raw : List.of("<", ">", "&")) {
            assertFalse(data.contains(raw), "JSON-LD holds a raw " + raw);
        }
        JsonNode node = new ObjectMapper().readTree(data);
        assertEquals(title, node.path("name").asText(), "the title survives as data");
        assertEquals(description, node.path("description").asText());
        assertTrue(Jsoup.parse(html).select("main").size() == 1, "the rest of the page is still there");
        String index = Files.readString(p.options().siteDir().resolve("search-index.js"));
        assertFalse(index.contains("<!--"), "the search index escapes them too");
    }

    @Test
    void clockAttributesPrintTheSourceDateSoTwoBuildsAreByteIdentical() throws Exception {
        TestProject a = TestProject.copy(tmp.resolve("a"));
        String line = "\nChecked on {localdate} at {localtime} ({docyear}, {docdatetime}, {localdatetime}, {localyear}, {docdate}, {doctime}).\n";
        a.write("content/equipment/foam-roller.adoc", a.read("content/equipment/foam-roller.adoc") + line);
        assertTrue(a.build().published());
        TestProject b = TestProject.copy(tmp.resolve("b"));
        b.write("content/equipment/foam-roller.adoc", a.read("content/equipment/foam-roller.adoc"));
        Files.setLastModifiedTime(b.file("content/equipment/foam-roller.adoc"), java.nio.file.attribute.FileTime.fromMillis(0));
        Thread.sleep(1100); // a clock would have moved on by a second
        assertTrue(b.build().published());
        assertEquals(TestProject.treeDigest(a.options().siteDir()), TestProject.treeDigest(b.options().siteDir()));
        String reviewed = a.read("content/equipment/foam-roller.adoc").replaceAll("(?s).*:checked-on: (\\S+).*", "$1");
        String text = Jsoup.parse(Files.readString(a.options().siteDir().resolve("equipment/foam-roller.html"))).text();
        String expected = System.getenv("SOURCE_DATE_EPOCH") == null ? reviewed
                : org.saferoll.load.SourceDate.fromEnvironment().orElseThrow().toString();
        assertTrue(text.contains("Checked on " + expected + " at 00:00:00 UTC"), text);
    }

    @Test
    void aFileNameCannotInjectAWorkflowCommand() throws Exception {
        Diagnostic d = Diagnostic.error("content/x\n::error file=evil::pwned\r.adoc", 3, "file-name", "bad name \u2028::warning::x", "rename it\n::x");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true).print(List.of(d));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), "headline, hint, annotation: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("::error file=evil") || l.startsWith("::warning") || l.startsWith("::x")), lines::toString);
        assertTrue(lines.get(0).contains("content/x\\u000a::error"), lines.get(0));
    }
}
