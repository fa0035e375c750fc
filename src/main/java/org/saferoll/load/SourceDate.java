package org.saferoll.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date a page's clock attributes ({@code {localdate}}, {@code {docyear}}, ...) print: the
 * build's {@code SOURCE_DATE_EPOCH} when set, else the page's own {@code :reviewed-on:}, {@code :checked-on:} or
 * {@code :revdate:}, else 1980-01-01. Never the clock or a file's time, so two builds of one
 * commit are byte-identical whatever a page says.
 */
public final class SourceDate {
    /** The date of pages that name none, as in the zip: the earliest a zip entry can carry. */
    public static final LocalDate FALLBACK = LocalDate.of(1980, 1, 1);

    private SourceDate() {
    }

    /** {@code SOURCE_DATE_EPOCH} as a UTC date, when it is set to a number of seconds. */
    public static Optional<LocalDate> fromEnvironment() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || !epoch.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** The source date of the page whose text this is. */
    public static LocalDate of(String text) {
        return fromEnvironment().or(() -> ownDate(Header.read(SourceFile.of("", text).lines()))).orElse(FALLBACK);
    }

    private static Optional<LocalDate> ownDate(Header header) {
        for (String name : new String[]{"reviewed-on", "checked-on", "revdate"}) {
            try {
                return Optional.of(LocalDate.parse(header.value(name).trim()));
            } catch (DateTimeParseException e) {
                // not a plain date: try the next attribute
            }
        }
        return Optional.empty();
    }
}
