package org.saferoll.report;

import java.io.PrintStream;
import java.util.List;

/**
 * Prints diagnostics for people, and, inside GitHub Actions, as workflow commands so that a
 * pull request shows each problem on the line it concerns.
 */
public final class ReportPrinter {
    private final PrintStream out;
    private final boolean githubAnnotations;

    public ReportPrinter(PrintStream out, boolean githubAnnotations) {
        this.out = out;
        this.githubAnnotations = githubAnnotations;
    }

    /** A printer that annotates when the environment says it runs in GitHub Actions. */
    public static ReportPrinter forEnvironment(PrintStream out) {
        return new ReportPrinter(out, "true".equals(System.getenv("GITHUB_ACTIONS")));
    }

    public void print(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            out.println(d.headline());
            if (d.hint() != null && !d.hint().isBlank()) {
                out.println("    hint: " + Diagnostic.printable(d.hint()));
            }
            if (githubAnnotations) {
                out.println(annotation(d));
            }
        }
    }

    /** One GitHub workflow command, e.g. {@code ::error file=a.adoc,line=3,title=rule::message}. */
    public static String annotation(Diagnostic d) {
        String command = d.isError() ? "error" : "warning";
        StringBuilder text = new StringBuilder(Diagnostic.printable(d.message()));
        if (d.hint() != null && !d.hint().isBlank()) {
            text.append("\n").append("Hint: ").append(Diagnostic.printable(d.hint()));
        }
        String line = d.line() > 0 ? ",line=" + d.line() : "";
        return "::" + command + " file=" + property(Diagnostic.printable(d.file())) + line + ",title=" + property(d.rule())
                + "::" + data(text.toString());
    }

    // Escaping as GitHub's toolkit does: data escapes %, CR, LF; properties also : and ,
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
