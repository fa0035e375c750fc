package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/** Pages started from a template carry TODO markers; none may reach readers. */
public final class TodoRule implements Rule {
    /** The rule id; the validator keeps only this message on a line that has a TODO. */
    public static final String ID = "todo";

    @Override
    public boolean speaksForItsLine() {
        return true;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "No TODO marker is left in a page.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        List<String> lines = page.source().lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("TODO")) {
                out.add(error(page, i + 1, "a TODO is left here: " + lines.get(i).trim(),
                        "replace the TODO with the real text or value"));
            }
        }
    }
}
