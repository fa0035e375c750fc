package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;
import java.util.Locale;

/** Rule 11: file names are lowercase kebab-case, because they become ids and web addresses. */
public final class FileNameRule implements Rule {

    @Override
    public String id() {
        return "file-name";
    }

    @Override
    public String summary() {
        return "File names are lowercase words joined by hyphens (kebab-case), e.g. lat-roll.adoc.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            String better = page.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            out.add(error(page, 0, "the file name '" + page.id() + ".adoc' is not lowercase kebab-case",
                    "rename the file to " + better + ".adoc"));
        }
    }
}
