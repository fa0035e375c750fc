package org.saferoll.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
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

    private static Path site;
    private static ChromeDriver driver;
    private static SiteSession session;

    @BeforeAll
    static void build() throws IOException {
        Path dir = Files.createTempDirectory("saferoll-tricky");
        TestProject project = TestProject.copy(dir);
        project.write("content/tricky.adoc", PAGE);
        Pipeline.Outcome outcome = project.build();
        assertTrue(outcome.published(), outcome.diagnostics()::toString);
        site = project.options().siteDir();
        session = SiteSession.serving(site);
        driver = session.driver;
    }

    @AfterAll
    static void stop() {
        SiteSession.close(session);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void trickyTextStaysTextNoScriptRunsAndNothingIsFetched(String kind) {
        String base = session.base(kind);
        for (String page : List.of("tricky.html", "index.html")) {
            driver.get(base + page);
            assertEquals(Boolean.FALSE, js("return 'window.__pwned' in window || typeof window.__pwned !== 'undefined'"), page + ": a script ran");
            @SuppressWarnings("unchecked")
            List<String> requests = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
            String origin = session.origin(kind);
            for (String r : requests) {
                assertTrue(r.startsWith(origin), page + " requested " + r);
            }
        }
        driver.get(base + "tricky.html");
        assertEquals(TITLE, js("return document.querySelector('h1').textContent.trim()"), "the title shows as written");
        String main = (String) js("return document.querySelector('main').textContent");
        assertTrue(main.contains("<details><summary>More</summary>hidden</details>"), main);
        assertTrue(main.contains("<script>window.__pwned = 1</script>"), "the rest of the page is there: " + main);
        assertEquals(0L, js("return document.querySelectorAll('main details, main img[onerror], main script').length"));
        assertTrue(((String) js("return document.querySelector('footer') ? 'footer' : ''")).equals("footer"),
                "nothing after the JSON-LD was swallowed");
    }
}
