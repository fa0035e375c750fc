package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;
import org.saferoll.validate.Suggest;

import java.util.List;

/**
 * Rule 2: every id a page refers to names an existing, published page of the right type; a
 * technique timed by another one ({@code :time-of:}) shows that technique's very time.
 */
public final class ReferenceRule implements Rule {

    @Override
    public String id() {
        return "reference";
    }

    @Override
    public String summary() {
        return "Every id in :equipment:, :precautions:, :time-of: and a step's technique= names an existing, published page of that type; "
                + "a technique with :time-of: gives the same :seconds-min: and :seconds-max: as the technique it names.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (page.isType(PageType.TECHNIQUE) || page.isType(PageType.ROUTINE)) {
            for (String id : page.header().items("equipment")) {
                check(page, context, id, PageType.EQUIPMENT, page.header().line("equipment"), ":equipment:", out);
            }
            for (String id : page.header().items("precautions")) {
                check(page, context, id, PageType.PRECAUTION, page.header().line("precautions"), ":precautions:", out);
            }
        }
        if (page.isType(PageType.TECHNIQUE)) {
            for (String id : page.header().items("time-of")) {
                if (check(page, context, id, PageType.TECHNIQUE, page.header().line("time-of"), ":time-of:", out)) {
                    sameTime(page, context.byId().get(id), out);
                }
            }
        }
        if (page.isType(PageType.ROUTINE)) {
            for (Step step : page.steps()) {
                if (!step.technique().isEmpty()) {
                    check(page, context, step.technique(), PageType.TECHNIQUE, step.line(), "technique=", out);
                }
            }
        }
    }

    /** The page shows the named technique's time as its own: a different figure would misstate it. */
    private void sameTime(Page page, Page timer, List<Diagnostic> out) {
        for (String end : List.of("seconds-min", "seconds-max")) {
            String mine = page.header().value(end);
            String theirs = timer.header().value(end);
            if (!mine.equals(theirs)) {
                int line = page.header().line(end) > 0 ? page.header().line(end) : page.header().line("time-of");
                out.add(error(page, line,
                        ":" + end + ": is " + (mine.isEmpty() ? "missing" : "'" + mine + "'") + ", but :time-of: says this move shows the time of "
                                + timer.title() + ", whose :" + end + ": is " + (theirs.isEmpty() ? "not given" : "'" + theirs + "'"),
                        "give :" + end + ": " + theirs + " as " + timer.path() + " does, or leave :time-of: out"));
            }
        }
    }

    /** Reports a reference that names no published page of {@code type}; true when it names one. */
    private boolean check(Page page, RuleContext context, String id, PageType type, int line, String where,
                          List<Diagnostic> out) {
        Page target = context.byId().get(id);
        if (target == null && context.unreadableId(id)) {
            return false; // the file exists but is not readable text: reported once, by [input]
        }
        if (target == null) {
            List<String> candidates = context.site().pages().stream().filter(p -> p.isType(type)).map(Page::id).toList();
            String near = Suggest.closest(id, candidates).map(s -> "did you mean " + s + "? ").orElse("");
            out.add(error(page, line, where + " names '" + id + "', but there is no " + type.id() + " page with that id",
                    near + "use the file name without .adoc of a page in content/" + type.folder() + "/"));
        } else if (!target.isType(type)) {
            out.add(error(page, line, where + " names '" + id + "', which is a "
                            + target.type().map(PageType::id).orElse("page") + " page, not a " + type.id() + " page",
                    "use the id of a page in content/" + type.folder() + "/"));
        } else if (page.isPublished() && !target.isPublished()) {
            out.add(error(page, line, where + " names '" + id + "', which is still a draft",
                    "publish " + target.path() + " (:jbake-status: published) or leave it out of this page"));
        } else {
            return true;
        }
        return false;
    }
}
