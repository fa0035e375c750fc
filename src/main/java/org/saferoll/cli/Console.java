package org.saferoll.cli;

import org.saferoll.report.Diagnostic;
import org.saferoll.report.JsonReport;
import org.saferoll.report.ReportPrinter;
import org.saferoll.report.StepSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a command writes: results to {@code out}, problems to {@code err}, and what the
 * environment says about the CI it runs in.
 *
 * @param out standard output
 * @param err standard error
 * @param env the environment variables ({@code System.getenv()} outside tests)
 * @param pipelines where build and check get their pipeline (one-shot, or the daemon's warm one)
 */
record Console(PrintStream out, PrintStream err, Map<String, String> env, PipelineSource pipelines) {

    /**
     * Prints every diagnostic in the format of the CI it runs in, writes them as JSON when asked,
     * and, when {@code GITHUB_STEP_SUMMARY} names a file, adds a table of all of them to the job summary.
     */
    void report(List<Diagnostic> diagnostics, Path json) throws IOException {
        new ReportPrinter(err, "true".equals(env.get("GITHUB_ACTIONS"))).print(diagnostics);
        if (json != null) {
            JsonReport.write(diagnostics, json);
        }
        String summary = env.get("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            StepSummary.append(diagnostics, Path.of(summary));
        }
    }

    /**
     * The closing count, e.g. {@code 2 errors, 1 warning}. Under {@code --strict} a warning fails
     * the run, and the line says so, so that it never reads "0 errors" above an exit code of 1.
     */
    static String summary(List<Diagnostic> diagnostics, boolean strict) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        String counts = errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
        return strict && warnings > 0 ? counts + " (--strict: warnings fail too)" : counts;
    }

    /** A path as the writer typed it: relative to the current folder when inside it. */
    static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
