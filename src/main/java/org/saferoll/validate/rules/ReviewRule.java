package org.saferoll.validate.rules;

import org.saferoll.load.Header;
import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rule 8: a page says who checked it and when, and claims no clinical review that did not
 * happen. The editorial check ({@code :checked-by:}, {@code :checked-on:}) and the clinical
 * review ({@code :reviewed-by:}, {@code :reviewed-on:}) each come as a pair; a page has at least
 * one of them. A clinical reviewer is a person with a credential, written "Name Surname,
 * credential". Every date is real, not in the future and not older than the allowed age; a date
 * falling due soon is a warning.
 */
public final class ReviewRule implements Rule {
    /** Two or more words of a name, a comma, then a credential. */
    private static final Pattern PERSON_AND_CREDENTIAL =
            Pattern.compile("^\\p{L}[\\p{L}'.-]*(?:\\s+\\p{L}[\\p{L}'.-]*)+\\s*,\\s*\\p{L}.*$");

    @Override
    public String id() {
        return "review";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "An editorial check (:checked-by:, :checked-on:) or a clinical review (:reviewed-by: Name Surname, credential, never a team); dates real, not in the future, not older than "
                + schema.number("review", "maxAgeYears") + " years (a warning " + schema.number("review", "warnDaysBeforeDue") + " days before).";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        Header header = page.header();
        boolean checked = pair(page, "checked-by", "checked-on", "SafeRoll editorial team", out);
        boolean reviewed = pair(page, "reviewed-by", "reviewed-on", "Alex Smith, physiotherapist", out);
        if (!checked && !reviewed && page.type().isPresent()) {
            out.add(error(page, header.line("checked-by"), "the page does not say who checked it, or when",
                    "add :checked-by: (who checked it against its sources and the safety schema) and :checked-on: YYYY-MM-DD"));
        }
        if (reviewed) {
            checkReviewer(page, context, out);
        }
        checkDate(page, context, "checked-on", out);
        checkDate(page, context, "reviewed-on", out);
    }

    /** Reports half a pair; true when both halves are present and not blank. */
    private boolean pair(Page page, String who, String when, String example, List<Diagnostic> out) {
        Header header = page.header();
        boolean hasWho = !header.value(who).isBlank();
        boolean hasWhen = !header.value(when).isBlank();
        if (header.attribute(who).isPresent() && !hasWho) {
            out.add(error(page, header.line(who), ":" + who + ": is empty", "name who did it, e.g. :" + who + ": " + example));
        } else if (hasWho && !hasWhen) {
            out.add(error(page, header.line(who), ":" + who + ": has no :" + when + ":", "add :" + when + ": YYYY-MM-DD, the day it happened"));
        } else if (hasWhen && !hasWho) {
            out.add(error(page, header.line(when), ":" + when + ": has no :" + who + ":", "add :" + who + ": " + example));
        }
        return hasWho && hasWhen;
    }

    private void checkReviewer(Page page, RuleContext context, List<Diagnostic> out) {
        String by = page.header().value("reviewed-by");
        String name = by.contains(",") ? by.substring(0, by.indexOf(',')) : by;
        List<String> notAPerson = context.schema().list("review", "notAPerson");
        boolean team = notAPerson.stream().anyMatch(w -> List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).contains(w));
        if (!PERSON_AND_CREDENTIAL.matcher(by).matches() || team) {
            out.add(error(page, page.header().line("reviewed-by"),
                    ":reviewed-by: '" + by + "' is not a clinician's name and credential",
                    "a clinical review names the person and their credential, e.g. :reviewed-by: Alex Smith, physiotherapist;"
                            + " for a check by the editors use :checked-by: and :checked-on: instead"));
        }
    }

    private void checkDate(Page page, RuleContext context, String name, List<Diagnostic> out) {
        String raw = page.header().value(name);
        if (!raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return; // missing or malformed dates are reported by the schema
        }
        int line = page.header().line(name);
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            out.add(error(page, line, ":" + name + ": " + raw + " is not a real date", "check the month and the day"));
            return;
        }
        int years = context.schema().number("review", "maxAgeYears");
        int warnDays = context.schema().number("review", "warnDaysBeforeDue");
        LocalDate due = date.plusYears(years);
        String who = name.replace("-on", "-by");
        if (date.isAfter(context.today())) {
            out.add(error(page, line, ":" + name + ": " + raw + " is in the future",
                    "write the date it actually happened"));
        } else if (!due.isAfter(context.today())) {
            out.add(error(page, line, "the date " + raw + " in :" + name + ": is overdue: a check lasts " + years + " years",
                    "have the page checked again and update :" + name + ": and :" + who + ":"));
        } else if (ChronoUnit.DAYS.between(context.today(), due) <= warnDays) {
            out.add(Diagnostic.warning(page.path(), line, "review-due",
                    "the " + (name.startsWith("checked") ? "editorial check" : "clinical review") + " of " + raw + " falls due on " + due,
                    "plan a new check of this page"));
        }
    }
}
