package org.saferoll.report;

/** How serious a diagnostic is: errors stop the build, warnings only with {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word printed in messages, e.g. {@code error}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
