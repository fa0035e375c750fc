package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.SiteUrls;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/**
 * A page may not take the address of a page the build generates (the safety schema, the 404
 * page, the section and tag indexes): which of the two would win depends on the order pages are
 * written in. The bake stage refuses the same clash for every generated file; this says it first.
 */
public final class ReservedNameRule implements Rule {
    @Override
    public String id() {
        return "reserved-name";
    }

    @Override
    public String summary() {
        return "No page takes the address of a generated page: safety-schema, 404, the section indexes, anything under tags/.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (SiteUrls.generatedSources().contains(page.path()) || page.uri().equals(SiteUrls.NOT_FOUND) || page.uri().startsWith(SiteUrls.TAG_FOLDER + "/")) {
            out.add(error(page, 1, page.uri() + " is made by the build itself; this page would replace it",
                    "give the page another file name (and so another address)"));
        }
    }
}
