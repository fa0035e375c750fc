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

    /** HTML plus every stylesheet and script it loads, the search index excluded. */
    static long weight(Path site, String page) throws Exception {
        Path file = site.resolve(page);
        Document doc = Jsoup.parse(Files.readString(file));
        long total = Files.size(file);
        for (Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (!url.endsWith("search-index.js")) {
                total += Files.size(file.getParent().resolve(url).normalize());
            }
        }
        return total;
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
