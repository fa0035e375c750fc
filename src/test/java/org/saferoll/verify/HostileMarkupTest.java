package org.saferoll.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;
import org.saferoll.load.AsciidocParser;
import org.saferoll.report.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A writer's page is untrusted input. Each fixture in {@code src/test/resources/hostile/} tries
 * one way of putting HTML of its own into the site; {@code expect.txt} names the file, line and
 * rule that must stop the build, and whether the baked-HTML check would stop it on its own
 * ({@code output=caught}) or Asciidoctor's output is harmless anyway ({@code output=neutral}); the
 * {@code limit-} fixtures ({@code output=skip}) are pages too large or too deep to convert at all.
 */
class HostileMarkupTest {
    private static final Path FIXTURES = Path.of("src/test/resources/hostile");

    @TempDir
    Path tmp;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> list = Files.list(FIXTURES)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static String[] expect(String name) throws IOException {
        return Files.readString(FIXTURES.resolve(name).resolve("expect.txt")).trim().split("\\s+");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rejectedWithRuleFileAndLineAndNothingPublished(String name) throws IOException {
        TestProject p = TestProject.copy(tmp);
        TestProject.copyTree(FIXTURES.resolve(name).resolve("content"), p.dir().resolve("content"));
        String[] expect = expect(name);
        String file = expect[0].substring(0, expect[0].lastIndexOf(':'));
        int line = Integer.parseInt(expect[0].substring(expect[0].lastIndexOf(':') + 1));
        Pipeline.Outcome outcome = p.build();
        List<Diagnostic> found = outcome.diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.file().equals(file) && d.line() == line && d.rule().equals(expect[1])),
                () -> "expected " + expect[0] + " [" + expect[1] + "] but got:\n"
                        + String.join("\n", found.stream().map(Diagnostic::headline).toList()));
        assertTrue(found.stream().allMatch(d -> !d.hint().isBlank()), "every message carries a hint");
        assertFalse(outcome.published());
        assertFalse(Files.exists(p.options().siteDir()), "nothing is published");
        assertFalse(Files.exists(p.options().zipFile()), "no zip is written");
    }

    /** The guarantee does not rest on the source rule: the allowlist alone rejects what reaches HTML. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void bakedHtmlCheckAloneRejectsWhatWouldReachReaders(String name) throws IOException {
        if (expect(name)[2].equals("output=skip")) {
            return; // a limit: converting it is what the limit prevents
        }
        String text = Files.readString(FIXTURES.resolve(name).resolve("content/hostile.adoc"));
        String html = parser().parse(text, true).html();
        List<HtmlAllowlist.Violation> violations = allowlist().checkContent(html);
        if (expect(name)[2].equals("output=caught")) {
            assertFalse(violations.isEmpty(), () -> "the allowlist let this through:\n" + html);
        } else {
            assertEquals(List.of(), violations, html);
        }
    }

    @Test
    void rejectedBuildLeavesSiteAndZipByteIdentical() throws IOException {
        TestProject p = TestProject.copy(tmp);
        assertTrue(p.build().published());
        String site = TestProject.treeDigest(p.options().siteDir());
        byte[] zip = Files.readAllBytes(p.options().zipFile());
        for (String name : List.of("pass-block", "link-window-breakout")) { // stopped by validate, and by verify
            TestProject.copyTree(FIXTURES.resolve(name).resolve("content"), p.dir().resolve("content"));
            assertFalse(p.build().published(), name);
            assertEquals(site, TestProject.treeDigest(p.options().siteDir()), name + ": target/site is byte-identical");
            assertTrue(java.util.Arrays.equals(zip, Files.readAllBytes(p.options().zipFile())), name + ": the zip is byte-identical");
        }
    }

    @Test
    void allowlistReadsUrlsAsBrowsersDo() throws IOException {
        HtmlAllowlist a = allowlist();
        for (String bad : List.of("javascript:x", "JaVaScRiPt:x", " java\tscript:x", "\u0001javascript:x", "data:text/html,x",
                "vbscript:x", "http://example.org")) {
            assertFalse(a.schemeAllowed(bad), bad);
        }
        for (String good : List.of("https://example.org", "mailto:a@b.c", "page.html", "../x/y.html#a:b", "#top", "x?y=a:b")) {
            assertTrue(a.schemeAllowed(good), good);
        }
        assertFalse(a.checkContent("<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>").isEmpty(), "entities are decoded first");
        assertFalse(a.checkContent("<p>x</p><!--<script>").isEmpty(), "comments are not page content");
        assertFalse(a.checkContent("<html onload=\"alert(1)\"><p>x</p>").isEmpty(), "attributes folded into <html> count");
        assertFalse(a.checkContent("<svg><circle r=\"1\"/></svg>").isEmpty(), "no raw SVG from content");
        assertFalse(a.checkContent("<p style=\"color:red\">x</p>").isEmpty(), "no style from content");
        assertFalse(a.checkContent("<img src=\"a.png\" srcset=\"b.png 2x\">").isEmpty(), "no srcset");
        assertTrue(a.checkContent("<table><colgroup><col style=\"width: 50%;\"></colgroup></table>").isEmpty(), "table widths are fine");
    }

    static HtmlAllowlist allowlist() throws IOException {
        return HtmlAllowlist.of(new ObjectMapper().readTree(Path.of("schema/html-allowlist.json").toFile()));
    }

    private static AsciidocParser parser() {
        return TestProject.parser();
    }
}
