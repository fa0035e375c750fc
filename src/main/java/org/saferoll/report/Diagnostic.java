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

    /**
     * The classic compiler form: {@code path:line: error [rule] message}, on one line whatever
     * the file is called or a page says (see {@link #printable}).
     */
    public String headline() {
        String where = line > 0 ? file + ":" + line : file;
        return printable(where + ": " + severity.word() + " [" + rule + "] " + message);
    }

    /**
     * Untrusted text (a file name, a quote from a page) made safe for a console or CI log:
     * control characters, newlines and Unicode line separators are shown as Unicode escapes (backslash, u, four hex digits), so
     * a file name cannot start a line of its own, such as a GitHub workflow command
     * ({@code ::error ...}), or move the cursor.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
