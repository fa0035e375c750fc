package org.saferoll;

import org.saferoll.report.Diagnostic;
import org.saferoll.report.JsonReport;
import org.saferoll.report.ReportPrinter;
import org.saferoll.scaffold.Scaffold;
import org.saferoll.serve.PreviewServer;
import org.saferoll.validate.SafetySchema;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line: {@code build} (the default), {@code check}, {@code preview} and {@code new}.
 * Returns an exit status instead of exiting, so it can run inside another JVM; only
 * {@link #main} exits.
 */
public final class SafeRoll {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private static final String USAGE_TEXT = """
            Usage: saferoll [build|check|preview|new] [options]
              build                 validate, bake, verify and publish to target/site and target/saferoll-site.zip
              check                 validate the pages only (fast; bakes nothing)
              preview               serve the site on http://127.0.0.1:8820/saferoll/ and rebuild on every change
              new <type> <id>       start a page from a template, e.g. new routine evening-wind-down
            Options:
              --strict              warnings (such as a review falling due) fail the build too
              --json FILE           also write every problem to FILE as JSON
              --project DIR         the project folder (default: the current folder)
              --sequential          one thread, no concurrency (for comparing output)
              --no-cache            parse every page again instead of reusing target/.cache
              --port N              preview port (default 8820)
              --timings             print how long each stage took
              --debug               show stack traces of internal errors
            """;

    private final PrintStream out;
    private final PrintStream err;

    public SafeRoll(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new SafeRoll(System.out, System.err).run(args));
    }

    /** Runs one command and returns its exit status: 0 ok, 1 problems in the pages, 2 usage, 3 internal error. */
    public int run(String... args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("saferoll: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            return switch (a.command()) {
                case "build" -> build(a);
                case "check" -> check(a);
                case "preview" -> preview(a);
                case "new" -> scaffold(a);
                case "help" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> {
                    err.println("saferoll: unknown command '" + a.command() + "'");
                    err.print(USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (SafetySchema.SchemaException e) {
            err.println(e.getMessage());
            err.println("    hint: the schema files in schema/ must be valid JSON; undo the last change to them");
            return PROBLEMS;
        } catch (IOException e) {
            err.println("saferoll: cannot read or write a file: " + e.getMessage());
            debug(a, e);
            return INTERNAL;
        } catch (RuntimeException e) {
            err.println("saferoll: internal error: " + e + (a.debug() ? "" : " (run with --debug for details)"));
            debug(a, e);
            return INTERNAL;
        }
    }

    private void debug(Arguments a, Exception e) {
        if (a.debug()) {
            e.printStackTrace(err);
        }
    }

    private int build(Arguments a) throws IOException {
        BuildOptions options = a.options();
        try (Pipeline pipeline = pipeline(a, options)) {
            Pipeline.Outcome outcome = pipeline.build(options);
            report(a, outcome.diagnostics());
            if (!outcome.published()) {
                err.println(summary(outcome.diagnostics()) + "; nothing was published, " + options.siteDir() + " is unchanged");
                return PROBLEMS;
            }
            out.printf(Locale.ROOT, "Built %d pages in %.1f s: %s and %s%n", outcome.pages(),
                    outcome.elapsed().toMillis() / 1000.0, display(options.siteDir()), display(options.zipFile()));
            if (a.timings()) {
                outcome.stages().forEach((stage, d) -> out.printf(Locale.ROOT, "  %-9s %6d ms%n", stage, d.toMillis()));
            }
            return OK;
        }
    }

    private int check(Arguments a) throws IOException {
        BuildOptions options = a.options();
        try (Pipeline pipeline = pipeline(a, options)) {
            Pipeline.Outcome outcome = pipeline.check(options);
            report(a, outcome.diagnostics());
            boolean fails = outcome.diagnostics().stream().anyMatch(d -> d.isError() || options.strict());
            String verdict = outcome.diagnostics().isEmpty() ? "no problems" : summary(outcome.diagnostics());
            (fails ? err : out).printf(Locale.ROOT, "Checked %d pages in %.1f s: %s%n", outcome.pages(),
                    outcome.elapsed().toMillis() / 1000.0, verdict);
            return fails ? PROBLEMS : OK;
        }
    }

    /** A one-shot pipeline; unchanged pages come from target/.cache unless --no-cache. */
    private static Pipeline pipeline(Arguments a, BuildOptions options) {
        Pipeline pipeline = new Pipeline(false, options.threads());
        return a.noCache() ? pipeline : pipeline.withDiskCache(options.outputDir().resolve(".cache"));
    }

    private int preview(Arguments a) throws IOException {
        return new PreviewServer(a.options(), a.port(), out, err).runUntilStopped();
    }

    private int scaffold(Arguments a) throws IOException {
        if (a.rest().size() != 2) {
            err.println("saferoll: new needs a type and an id, e.g.: new routine evening-wind-down");
            return USAGE;
        }
        Scaffold.Result result = Scaffold.create(a.options().projectDir(), a.rest().get(0), a.rest().get(1));
        if (!result.ok()) {
            err.println("saferoll: " + result.message());
            return USAGE;
        }
        out.println(result.message());
        return OK;
    }

    private void report(Arguments a, List<Diagnostic> diagnostics) throws IOException {
        ReportPrinter.forEnvironment(err).print(diagnostics);
        if (a.json() != null) {
            JsonReport.write(diagnostics, a.json());
        }
    }

    static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** Parsed command-line arguments. */
    record Arguments(String command, List<String> rest, boolean strict, boolean debug, boolean sequential,
                     Path json, Path project, int port, boolean timings, boolean noCache) {

        static Arguments parse(String[] args) {
            String command = null;
            List<String> rest = new ArrayList<>();
            boolean strict = false;
            boolean debug = false;
            boolean sequential = false;
            boolean timings = false;
            boolean noCache = false;
            Path json = null;
            Path project = Path.of("");
            int port = 8820;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--strict" -> strict = true;
                    case "--debug" -> debug = true;
                    case "--sequential" -> sequential = true;
                    case "--timings" -> timings = true;
                    case "--no-cache" -> noCache = true;
                    case "--json" -> json = Path.of(value(args, ++i, arg));
                    case "--project" -> project = Path.of(value(args, ++i, arg));
                    case "--port" -> {
                        String v = value(args, ++i, arg);
                        if (!v.matches("\\d{1,5}")) {
                            throw new IllegalArgumentException("--port needs a number, not '" + v + "'");
                        }
                        port = Integer.parseInt(v);
                    }
                    case "-h", "--help" -> command = "help";
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        if (command == null) {
                            command = arg;
                        } else {
                            rest.add(arg);
                        }
                    }
                }
            }
            return new Arguments(command == null ? "build" : command, rest, strict, debug, sequential, json,
                    project.toAbsolutePath().normalize(), port, timings, noCache);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        BuildOptions options() {
            BuildOptions o = BuildOptions.defaults(project).withStrict(strict).withToday(LocalDate.now());
            return sequential ? o.withThreads(1) : o;
        }
    }
}
