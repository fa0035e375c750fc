package org.saferoll.verify;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns allowlist violations into diagnostics a writer can act on. A page's own HTML is checked
 * first, so a problem it causes names the page and the line of its block; whatever else the whole
 * page holds came from a template.
 */
final class AllowlistCheck {
    private AllowlistCheck() {
    }

    /**
     * @param checkContent   {@link HtmlAllowlist#checkContent}, or a cache of what it found
     * @param uri            the baked page, e.g. {@code techniques/lat-roll.html}
     * @param source         the content page it was baked from, or null for a generated page
     * @param pageViolations what {@link HtmlAllowlist#checkPage} found in the whole baked page
     */
    static List<Diagnostic> of(HtmlAllowlist allowlist, Function<String, List<HtmlAllowlist.Violation>> checkContent,
                               BlockLines blockLines, String uri, Page source, List<HtmlAllowlist.Violation> pageViolations) {
        List<Diagnostic> out = new ArrayList<>();
        List<HtmlAllowlist.Violation> fromContent = source == null ? List.of() : checkContent.apply(source.html());
        for (HtmlAllowlist.Violation v : fromContent) {
            int line = blockLines.lineOf(source, html -> allowlist.checkContent(html).contains(v));
            out.add(Diagnostic.error(source.path(), line, "html-allowlist", v.what() + " in a published page",
                    "write it in plain AsciiDoc; pages may only produce the HTML listed in schema/html-allowlist.json"));
        }
        if (fromContent.isEmpty()) {
            for (HtmlAllowlist.Violation v : pageViolations) {
                out.add(Diagnostic.error(source == null ? "site/" + uri : source.path(), 0, "html-allowlist",
                        v.what() + " (it comes from a template: check templates/)",
                        "templates may only produce the HTML listed in schema/html-allowlist.json; change the template or, after review, the list"));
            }
        }
        return out;
    }

    /**
     * A file that is not a baked page (an asset, the search index, robots.txt...) is published
     * as it is, so its type, and an SVG's elements, are checked here: an HTML or SVG file with a
     * script would run it at the site's address whatever the pages hold.
     */
    static List<Diagnostic> ofFile(HtmlAllowlist allowlist, java.nio.file.Path siteDir, String file) {
        List<Diagnostic> out = new ArrayList<>();
        if (allowlist == null) {
            return out;
        }
        List<HtmlAllowlist.Violation> problems = new ArrayList<>();
        allowlist.checkFile(file).ifPresent(problems::add);
        if (problems.isEmpty() && file.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            try {
                problems.addAll(allowlist.checkSvg(org.jsoup.Jsoup.parse(java.nio.file.Files.readString(siteDir.resolve(file)), "", org.jsoup.parser.Parser.xmlParser())));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                problems.add(new HtmlAllowlist.Violation("the SVG file could not be read as UTF-8 text"));
            }
        }
        for (HtmlAllowlist.Violation v : problems) {
            out.add(Diagnostic.error("site/" + file, 0, "html-allowlist", v.what() + " (it comes from assets/: check the file there)",
                    "ship only the file types and SVG drawing elements listed in schema/html-allowlist.json (files)"));
        }
        return out;
    }
}
