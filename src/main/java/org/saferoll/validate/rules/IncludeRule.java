package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * No {@code include::} directive. Secure mode never reads the file; it turns the directive into
 * a bare link, so the text a writer expected would silently be missing from the page.
 */
public final class IncludeRule implements Rule {
    /** Asciidoctor reads the directive only at the very start of a line, before anything else parses it. */
    private static final Pattern DIRECTIVE = Pattern.compile("^include::(\\S*)\\[.*]\\s*$");

    @Override
    public String id() {
        return "include";
    }

    @Override
    public String summary() {
        return "No include:: directive: the text of a page is written in the page.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        List<String> lines = page.source().lines();
        for (int i = 0; i < lines.size(); i++) {
            var m = DIRECTIVE.matcher(lines.get(i));
            if (m.matches()) {
                out.add(error(page, i + 1, "includes are not allowed: copy the text or link the page (include::"
                                + m.group(1) + ")",
                        "copy the text you need into this page, or link the page with xref:<path>.adoc[its title]"));
            }
        }
    }
}
