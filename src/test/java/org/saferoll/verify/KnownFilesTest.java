package org.saferoll.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.load.Site;
import org.saferoll.report.Diagnostic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A warm pipeline's verify skips reading a file it read before only while it is that very file,
 * untouched: a page baked again, or one changed behind the build's back, is read and checked.
 */
class KnownFilesTest {
    @TempDir
    Path tmp;

    private final VerifyCache cache = new VerifyCache(new byte[] {1, 2, 3});

    private List<String> verify(Path dir) throws Exception {
        Verifier verifier = new Verifier(2).reusing(cache.of(tmp.resolve("verified.json"), "allowlist"));
        return verifier.run(new Verifier.Request(dir, new Site(dir, List.of(), List.of()))).problems().stream()
                .map(Diagnostic::message).toList();
    }

    private static String page(String link) {
        return "<!DOCTYPE html><html><head><title>t</title></head><body><a href=\"" + link + "\">x</a></body></html>";
    }

    @Test
    void aPageBakedAgainOrChangedInPlaceIsReadAgain() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("staging1"));
        Files.writeString(first.resolve("index.html"), page("about.html"));
        Files.writeString(first.resolve("about.html"), page("index.html"));
        assertEquals(List.of(), verify(first));

        // The next build: about.html reused as a hard link, index.html baked again with a link of the same length.
        Path second = Files.createDirectories(tmp.resolve("staging2"));
        Files.createLink(second.resolve("about.html"), first.resolve("about.html"));
        Files.writeString(second.resolve("index.html"), page("aboot.html"));
        assertEquals(1, verify(second).size(), "the page baked again was not checked");

        // The reused file changed through its link behind the pipeline's back.
        Path third = Files.createDirectories(tmp.resolve("staging3"));
        Files.writeString(third.resolve("index.html"), page("about.html"));
        Files.createLink(third.resolve("about.html"), first.resolve("about.html"));
        assertEquals(List.of(), verify(third));
        // Same size: only the modified time tells. The file system's clock ticks coarsely, and no hand edit follows a build within a tick.
        Thread.sleep(50);
        Files.writeString(first.resolve("about.html"), page("aboot.html"));
        assertEquals(1, verify(third).size(), "the file changed in place was taken as the one verified before");
    }

    @Test
    void whatThePageHtmlHeldIsRememberedForThatVeryHtml() {
        java.util.function.Function<String, List<HtmlAllowlist.Violation>> check = h -> List.of(new HtmlAllowlist.Violation(h.substring(h.length() - 9)));
        String start = "<p>" + "Breathe out as you roll. ".repeat(40);
        cache.of(tmp.resolve("verified.json"), "allowlist");
        assertEquals(check.apply(start + "<b>x</b>"), cache.content(start + "<b>x</b>", check));
        cache.of(tmp.resolve("verified.json"), "allowlist");
        assertEquals(check.apply(start + "<i>x</i>"), cache.content(start + "<i>x</i>", check), "an edited page was answered from the old HTML");
        cache.of(tmp.resolve("verified.json"), "another allowlist");
        assertEquals(List.of(), cache.content(start + "<i>x</i>", h -> List.of()), "a result made under another allowlist was taken");
    }
}
