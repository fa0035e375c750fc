package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;
import org.saferoll.validate.TitleCase;

import java.util.List;

/** Titles follow the one case style of the site, so menus and lists read as one voice. A warning: style never blocks safety. */
public final class TitleCaseRule implements Rule {

    @Override
    public String id() {
        return "title-case";
    }

    @Override
    public String summary() {
        return "(warning) A title capitalises every word except a, an, and, of, the, to, with and other short words inside it.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        String word = TitleCase.firstMismatch(page.title());
        if (!word.isEmpty()) {
            out.add(Diagnostic.warning(page.path(), page.header().titleLine(), id(),
                    "the title '" + page.title() + "' does not follow the title case style at '" + word + "'",
                    "capitalise every word except these short ones inside a title: "
                            + String.join(", ", TitleCase.SMALL_WORDS.stream().sorted().toList())));
        }
    }
}
