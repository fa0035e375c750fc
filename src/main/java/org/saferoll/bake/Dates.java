package org.saferoll.bake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers read them: "1 October 2026". */
final class Dates {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String label(LocalDate date) {
        return LABEL.format(date);
    }
}
