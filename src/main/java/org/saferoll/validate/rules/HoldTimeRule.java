package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/** Rule 4 (holds): a pause on a tender spot lasts as long as rules.json allows and is shorter than its step. */
public final class HoldTimeRule implements Rule {

    @Override
    public String id() {
        return "hold-time";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "A step's hold (the pause on a tender spot) lasts " + schema.number("hold", "min") + " to "
                + schema.number("hold", "max") + " seconds and is shorter than the step.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.isType(PageType.ROUTINE)) {
            return;
        }
        int min = context.schema().number("hold", "min");
        int max = context.schema().number("hold", "max");
        for (Step step : page.steps()) {
            if (step.hold().isEmpty()) {
                continue;
            }
            int hold = step.hold().getAsInt();
            if (hold < min || hold > max) {
                out.add(error(page, step.line(), "step '" + step.title() + "' holds a tender spot for " + hold
                        + " s; a hold lasts " + min + " to " + max + " s", "set hold between " + min + " and " + max));
            }
            if (step.seconds().isPresent() && hold >= step.seconds().getAsInt()) {
                out.add(error(page, step.line(), "step '" + step.title() + "' holds for " + hold
                        + " s but the whole step is only " + step.seconds().getAsInt() + " s",
                        "make the hold shorter than the step, or the step longer"));
            }
        }
    }
}
