package org.saferoll.report;

import java.util.Comparator;

/**
 * One problem found in one file, said in the words of the content.
 *
 * @param file   path relative to the project, with forward slashes (e.g. {@code content/routines/desk-reset.adoc})
 * @param line   1-based line the problem is on; 0 when it concerns the whole file
 * @param severity whether it fails the build
 * @param rule   stable rule id, e.g. {@code no-roll-zone}
 * @param message what is wrong
 * @param hint   what to write instead
 */
public record Diagnostic(String file, int line, Severity severity, String rule, String message, String hint) {

    /** Orders diagnostics by file, then line, then rule, so output is stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, String rule, String message, String hint) {
        return new Diagnostic(file, line, Severity.ERROR, rule, message, hint);
    }

    public static Diagnostic warning(String file, int line, String rule, String message, String hint) {
        return new Diagnostic(file, line, Severity.WARNING, rule, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The classic compiler form: {@code path:line: error [rule] message}. */
    public String headline() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.word() + " [" + rule + "] " + message;
    }
}
