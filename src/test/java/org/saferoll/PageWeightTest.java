package org.saferoll;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every byte ships to readers on phones: a page with its CSS and JS stays under 60 KB, the search index under 150 KB. */
class PageWeightTest {
    static final long PAGE_BUDGET = 60 * 1024;
    static final long INDEX_BUDGET = 150 * 1024;

    /**
     * HTML plus every stylesheet and script it loads before the reader searches: all of them. The
     * search index and engine are not among them because search.js adds them on the first focus of the search box
     * (the browser test {@code SearchInBrowserTest} checks that it is not loaded before).
     */
    static long weight(Path site, String page) throws Exception {
        Path file = site.resolve(page);
        Document doc = Jsoup.parse(Files.readString(file));
        long total = Files.size(file);
        for (Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            total += Files.size(file.getParent().resolve(url).normalize());
        }
        return total;
    }

    @Test
    void noPageLoadsTheSearchIndexUpFront() throws Exception {
        for (String page : BuiltSite.pages()) {
            String html = Files.readString(BuiltSite.dir().resolve(page));
            for (String lazy : List.of("search-index.js", "search-engine.js")) {
                assertTrue(!html.contains(lazy), page + " names " + lazy + "; it must load only when the reader searches");
            }
        }
    }

    @Test
    void typicalPagesAndTheSearchIndexStayWithinBudget() throws Exception {
        Path site = BuiltSite.dir();
        for (String page : List.of("index.html", "techniques/thoracic-spine-roll.html", "routines/post-workout-recovery.html",
                "precautions/avoid-the-lumbar-spine.html", "safety-schema.html")) {
            long bytes = weight(site, page);
            assertTrue(bytes < PAGE_BUDGET, page + " weighs " + bytes + " bytes with its CSS and JS");
        }
        long index = Files.size(site.resolve("search-index.js"));
        assertTrue(index < INDEX_BUDGET, "the search index weighs " + index + " bytes");
    }
}
