package org.saferoll.bake;

import org.saferoll.load.Page;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who last checked a page, when, and when it falls due.
 *
 * @param by the reviewer as the page names them
 * @param on the review date
 * @param due when the next review is due
 */
record Review(String by, LocalDate on, LocalDate due) {

    /** The page's review, when it has a well-formed date; a review lasts {@code years}. */
    static Optional<Review> of(Page page, int years) {
        String on = page.header().value("reviewed-on");
        if (!on.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.parse(on);
        return Optional.of(new Review(page.header().value("reviewed-by"), date, date.plusYears(years)));
    }

    /** The review as the template sees it. */
    Map<String, Object> toMap() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("by", by);
        r.put("on", on.toString());
        r.put("onlabel", Dates.label(on));
        r.put("due", due.toString());
        r.put("duelabel", Dates.label(due));
        return r;
    }
}
