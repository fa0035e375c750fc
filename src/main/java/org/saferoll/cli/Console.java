package org.saferoll.cli;

import org.saferoll.report.Diagnostic;
import org.saferoll.report.JsonReport;
import org.saferoll.report.ReportPrinter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a command writes: results to {@code out}, problems to {@code err}.
 *
 * @param out standard output
 * @param err standard error
 */
record Console(PrintStream out, PrintStream err) {

    /** Prints every diagnostic in the format of the CI it runs in, and writes them as JSON when asked. */
    void report(List<Diagnostic> diagnostics, Path json) throws IOException {
        ReportPrinter.forEnvironment(err).print(diagnostics);
        if (json != null) {
            JsonReport.write(diagnostics, json);
        }
    }

    static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** A path as the writer typed it: relative to the current folder when inside it. */
    static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
