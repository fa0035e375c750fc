package org.saferoll.validate.rules;

import org.saferoll.load.Attribute;
import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/**
 * Header slips that would otherwise pass unseen: an attribute set twice (only the first value
 * counts) and an attribute line that starts with a space or a tab (AsciiDoc reads it as text).
 */
public final class HeaderLineRule implements Rule {

    @Override
    public String id() {
        return "header";
    }

    @Override
    public String summary() {
        return "Each header attribute is set once, on a line that starts with its colon.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        var header = page.header();
        for (Attribute repeat : header.repeats()) {
            int first = header.line(repeat.name());
            out.add(error(page, repeat.line(), ":" + repeat.name() + ": is set twice, on lines " + first + " and "
                            + repeat.line() + "; only the first value (" + header.value(repeat.name()) + ") counts",
                    "keep one of the two lines and delete the other"));
        }
        for (Attribute indented : header.indented()) {
            String line = page.source().line(indented.line());
            String what = line.charAt(0) == '\t' ? "a tab" : "a space";
            out.add(error(page, indented.line(), "the line :" + indented.name() + ": starts with " + what
                            + ", so AsciiDoc does not read it as an attribute",
                    "delete the " + (line.charAt(0) == '\t' ? "tab" : "spaces") + " before the colon: the line must start with :"
                            + indented.name() + ":"));
        }
    }
}
