package org.saferoll.browser;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages a hostile writer could get accepted, because Asciidoctor escapes them, load in Chromium
 * as plain text: no script of theirs runs, no request leaves the page, and nothing of the page
 * is swallowed (a title with {@code <!--} once blanked the page through its JSON-LD).
 */
class TrickyPagesInBrowserTest {
    private static final String TITLE = "Tricky <!--<script> Page & </script> Title";
    private static final String PAGE = """
            = %s
            :jbake-type: page
            :jbake-status: published
            :sources: back-rolling-article
            :checked-by: Test Editor
            :checked-on: 2026-11-01
            :description: A page whose text shows markup: <!--<script>window.__pwned = 1</script> and <details> as words.

            Write <details><summary>More</summary>hidden</details> and it shows as text.

            <img src="x" onerror="window.__pwned = 1"> is text too, and so is <script>window.__pwned = 1</script>.

            Last checked {localdate}. The link:https://example.org/?a=<b>&c=d[example] goes out only when followed.
            """.formatted(TITLE);

    @RegisterExtension
    static final BrowserSite browser = BrowserSite.of(TrickyPagesInBrowserTest::build);

    private static Path build() throws IOException {
        Path dir = Files.createTempDirectory("saferoll-tricky");
        TestProject project = TestProject.copy(dir);
        project.write("content/tricky.adoc", PAGE);
        Pipeline.Outcome outcome = project.build();
        assertTrue(outcome.published(), outcome.diagnostics()::toString);
        return project.options().siteDir();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void trickyTextStaysTextNoScriptRunsAndNothingIsFetched(String kind) {
        String base = browser.base(kind);
        for (String page : List.of("tricky.html", "index.html")) {
            browser.driver().get(base + page);
            assertEquals(Boolean.FALSE, browser.js("return 'window.__pwned' in window || typeof window.__pwned !== 'undefined'"), page + ": a script ran");
            @SuppressWarnings("unchecked")
            List<String> requests = (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
            String origin = browser.origin(kind);
            for (String r : requests) {
                assertTrue(r.startsWith(origin), page + " requested " + r);
            }
        }
        browser.driver().get(base + "tricky.html");
        assertEquals(TITLE, browser.js("return document.querySelector('h1').textContent.trim()"), "the title shows as written");
        String main = (String) browser.js("return document.querySelector('main').textContent");
        assertTrue(main.contains("<details><summary>More</summary>hidden</details>"), main);
        assertTrue(main.contains("<script>window.__pwned = 1</script>"), "the rest of the page is there: " + main);
        assertEquals(0L, browser.js("return document.querySelectorAll('main details, main img[onerror], main script').length"));
        assertTrue(((String) browser.js("return document.querySelector('footer') ? 'footer' : ''")).equals("footer"),
                "nothing after the JSON-LD was swallowed");
    }
}
