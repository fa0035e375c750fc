package org.saferoll.verify;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns allowlist violations into diagnostics a writer can act on. A page's own HTML is checked
 * first, so a problem it causes names the page and the line of its block; whatever else the whole
 * page holds came from a template.
 */
final class AllowlistCheck {
    private AllowlistCheck() {
    }

    /**
     * @param uri            the baked page, e.g. {@code techniques/lat-roll.html}
     * @param source         the content page it was baked from, or null for a generated page
     * @param pageViolations what {@link HtmlAllowlist#checkPage} found in the whole baked page
     */
    static List<Diagnostic> of(HtmlAllowlist allowlist, BlockLines blockLines, String uri, Page source,
                               List<HtmlAllowlist.Violation> pageViolations) {
        List<Diagnostic> out = new ArrayList<>();
        List<HtmlAllowlist.Violation> fromContent = source == null ? List.of() : allowlist.checkContent(source.html());
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
}
