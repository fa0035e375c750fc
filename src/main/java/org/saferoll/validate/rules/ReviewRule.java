package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;
import org.saferoll.validate.SafetySchema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rule 8: a review names who checked the page and a real date that is neither in the future nor
 * older than the allowed age. A review falling due soon is a warning.
 */
public final class ReviewRule implements Rule {

    @Override
    public String id() {
        return "review";
    }

    @Override
    public String summary(SafetySchema schema) {
        return ":reviewed-on: is a real date, not in the future and not older than " + schema.number("review", "maxAgeYears")
                + " years (a warning " + schema.number("review", "warnDaysBeforeDue") + " days before); :reviewed-by: names a person.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        var header = page.header();
        if (header.attribute("reviewed-by").isPresent() && header.value("reviewed-by").isBlank()) {
            out.add(error(page, header.line("reviewed-by"), ":reviewed-by: is empty",
                    "name who checked the page, e.g. :reviewed-by: Alex Smith, physiotherapist"));
        }
        String raw = header.value("reviewed-on");
        if (!raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return; // missing or malformed dates are reported by the schema
        }
        int line = header.line("reviewed-on");
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            out.add(error(page, line, ":reviewed-on: " + raw + " is not a real date", "check the month and the day"));
            return;
        }
        int years = context.schema().number("review", "maxAgeYears");
        int warnDays = context.schema().number("review", "warnDaysBeforeDue");
        LocalDate due = date.plusYears(years);
        if (date.isAfter(context.today())) {
            out.add(error(page, line, ":reviewed-on: " + raw + " is in the future",
                    "write the date the review actually happened"));
        } else if (!due.isAfter(context.today())) {
            out.add(error(page, line, "the review of " + raw + " is overdue: reviews last " + years + " years",
                    "have the page checked again and update :reviewed-on: and :reviewed-by:"));
        } else if (ChronoUnit.DAYS.between(context.today(), due) <= warnDays) {
            out.add(Diagnostic.warning(page.path(), line, "review-due",
                    "the review of " + raw + " falls due on " + due, "plan a new review of this page"));
        }
    }
}
