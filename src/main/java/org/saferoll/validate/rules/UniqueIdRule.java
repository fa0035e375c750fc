package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/** Rule 11: no two pages share an id, or references to it would be ambiguous. */
public final class UniqueIdRule implements Rule {

    @Override
    public String id() {
        return "duplicate-id";
    }

    @Override
    public String summary() {
        return "No two pages have the same file name, even in different folders.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        Page first = context.byId().get(page.id());
        if (first != null && !first.path().equals(page.path())) { // the site holds facts, not this very object
            out.add(error(page, 0, "the id '" + page.id() + "' is already used by " + first.path(),
                    "give this page another file name"));
        }
    }
}
