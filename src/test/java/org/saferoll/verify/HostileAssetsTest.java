package org.saferoll.verify;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;
import org.saferoll.report.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An asset is published as it is, at the site's address: an HTML, XHTML or XML file, or an SVG
 * with a script, runs that script for anyone who opens it, and an asset named like a page
 * (assets/index.html) replaced the page, because assets are copied after pages are baked.
 */
class HostileAssetsTest {
    private static final String SCRIPT_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
            + "<body><p>x</p><script>alert(1)</script></body></html>\n";

    @TempDir
    Path tmp;

    private Pipeline.Outcome buildWith(String asset, String text) throws IOException {
        TestProject p = TestProject.copy(Files.createTempDirectory(tmp, "project"));
        Path file = p.dir().resolve("assets").resolve(asset);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Pipeline.Outcome outcome = p.build();
        assertFalse(outcome.published(), asset + " must stop the build");
        assertFalse(Files.exists(p.options().siteDir()), "nothing is published");
        return outcome;
    }

    private static void assertReported(Pipeline.Outcome outcome, String file, String rule) {
        List<Diagnostic> found = outcome.diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.file().equals(file) && d.rule().equals(rule)),
                () -> "expected " + file + " [" + rule + "] but got:\n" + String.join("\n", found.stream().map(Diagnostic::headline).toList()));
    }

    @Test
    void assetNamedLikeAPageCannotReplaceIt() throws IOException {
        assertReported(buildWith("index.html", SCRIPT_PAGE), "assets/index.html", "reserved-name");
    }

    @Test
    void documentTypesAreNotPublishedFromAssets() throws IOException {
        assertReported(buildWith("extra/evil.html", SCRIPT_PAGE), "assets/extra/evil.html", "asset-type");
        assertReported(buildWith("evil.xhtml", SCRIPT_PAGE), "assets/evil.xhtml", "asset-type");
    }

    @Test
    void svgWithAScriptIsNotPublished() throws IOException {
        Pipeline.Outcome outcome = buildWith("img/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n");
        assertReported(outcome, "site/img/evil.svg", "html-allowlist");
    }

    /** The verify stage alone: what the site holds, whatever the bake stage said. */
    @Test
    void allowlistChecksFilesAndSvgAsBrowsersRunThem() throws IOException {
        HtmlAllowlist a = HostileMarkupTest.allowlist();
        for (String bad : List.of("evil.html", "x/evil.HTM", "evil.xhtml", "evil.xml", "evil.svgz", "evil.mht", "noext")) {
            assertTrue(a.checkFile(bad).isPresent(), bad);
        }
        for (String good : List.of("css/site.css", "js/site.js", "img/icon.svg", "img/a.PNG", "robots.txt", "sitemap.xml")) {
            assertTrue(a.checkFile(good).isEmpty(), good);
        }
        assertEquals(List.of(), a.checkSvg(svg(Files.readString(Path.of("assets/img/icon.svg")))), "the shipped icon passes");
        for (String bad : List.of("<svg><script>alert(1)</script></svg>", "<svg onload=\"alert(1)\"/>",
                "<svg><foreignObject><p>x</p></foreignObject></svg>", "<svg><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script></svg>",
                "<svg><a href=\"javascript:alert(1)\"><rect/></a></svg>", "<svg><use href=\"https://example.org/x.svg#a\"/></svg>",
                "<svg><rect style=\"fill:url(https://example.org/)\"/></svg>", "<svg><animate attributeName=\"href\"/></svg>")) {
            assertFalse(a.checkSvg(svg(bad)).isEmpty(), bad);
        }
    }

    private static org.jsoup.nodes.Document svg(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }
}
