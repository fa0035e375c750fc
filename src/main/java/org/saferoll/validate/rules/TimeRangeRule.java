package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/** A technique's shortest time may not exceed its longest. */
public final class TimeRangeRule implements Rule {

    @Override
    public String id() {
        return "time-range";
    }

    @Override
    public String summary() {
        return "A technique's :seconds-min: is not larger than its :seconds-max:.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.isType(PageType.TECHNIQUE)) {
            return;
        }
        String min = page.header().value("seconds-min");
        String max = page.header().value("seconds-max");
        if (min.matches("\\d+") && max.matches("\\d+") && Integer.parseInt(min) > Integer.parseInt(max)) {
            out.add(error(page, page.header().line("seconds-min"),
                    ":seconds-min: (" + min + ") is larger than :seconds-max: (" + max + ")",
                    "swap the two values, or lower :seconds-min:"));
        }
    }
}
