package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/**
 * A technique's time range is whole: both ends or neither (a movement the sources give no time
 * for leaves both out), and its shortest time does not exceed its longest.
 */
public final class TimeRangeRule implements Rule {

    @Override
    public String id() {
        return "time-range";
    }

    @Override
    public String summary() {
        return "A technique gives :seconds-min: and :seconds-max: together or not at all, and the first is not larger than the second.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.isType(PageType.TECHNIQUE)) {
            return;
        }
        String min = page.header().value("seconds-min");
        String max = page.header().value("seconds-max");
        if (min.isEmpty() != max.isEmpty()) {
            String given = min.isEmpty() ? "seconds-max" : "seconds-min";
            String missing = min.isEmpty() ? "seconds-min" : "seconds-max";
            out.add(error(page, page.header().line(given), ":" + given + ": is given without :" + missing + ":",
                    "add :" + missing + ":, or, when the sources give no time for this technique, leave both out"));
            return;
        }
        if (min.matches("\\d+") && max.matches("\\d+") && Integer.parseInt(min) > Integer.parseInt(max)) {
            out.add(error(page, page.header().line("seconds-min"),
                    ":seconds-min: (" + min + ") is larger than :seconds-max: (" + max + ")",
                    "swap the two values, or lower :seconds-min:"));
        }
    }
}
