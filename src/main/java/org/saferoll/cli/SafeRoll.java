package org.saferoll.cli;

import org.saferoll.schema.SafetySchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code build} (the default), {@code check}, {@code preview} and {@code new},
 * one picocli subcommand each, with the usage text picocli generates from them. Returns an exit
 * status instead of exiting, so it can run inside another JVM; only {@link #main} exits.
 */
@Command(name = "saferoll", description = "Checks, builds and previews the SafeRoll site.",
        subcommands = CommandLine.HelpCommand.class)
public final class SafeRoll {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final PipelineSource pipelines;

    public SafeRoll(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    /** With {@code env} in place of the process environment, so tests can act as GitHub Actions. */
    public SafeRoll(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, PipelineSource.ONE_SHOT);
    }

    /** With the pipelines of {@code pipelines}: the build daemon passes its warm one. */
    public SafeRoll(PrintStream out, PrintStream err, Map<String, String> env, PipelineSource pipelines) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.pipelines = pipelines;
    }

    public static void main(String[] args) {
        System.exit(new SafeRoll(System.out, System.err).run(args));
    }

    /** Runs one command and returns its exit status: 0 ok, 1 problems in the pages, 2 usage, 3 internal error. */
    public int run(String... args) {
        Console console = new Console(out, err, env, pipelines);
        CommandLine cli = new CommandLine(this)
                .addSubcommand(new BuildCommand(console))
                .addSubcommand(new CheckCommand(console))
                .addSubcommand(new PreviewCommand(console))
                .addSubcommand(new NewCommand(console));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(SafeRoll::usageError);
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command.getCommand()));
        return cli.execute(withDefaultCommand(args));
    }

    /** {@code build} is the default command, so {@code saferoll --strict} still builds. */
    private static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || List.of("-h", "--help").contains(args[0]))) {
            return args;
        }
        String[] withBuild = new String[args.length + 1];
        withBuild[0] = "build";
        System.arraycopy(args, 0, withBuild, 1, args.length);
        return withBuild;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        boolean unknownCommand = e instanceof CommandLine.UnmatchedArgumentException
                && cli.getCommand() instanceof SafeRoll && !args[0].startsWith("-");
        err.println("saferoll: " + (unknownCommand ? "unknown command '" + args[0] + "'" : e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        cli.usage(err);
        return USAGE;
    }

    /** An exception a command let through: a broken schema file is the writer's to fix, the rest is ours. */
    private int failure(Exception e, Object command) {
        if (e instanceof SafetySchema.SchemaException) {
            err.println(e.getMessage());
            err.println("    hint: fix the schema file named above (valid JSON, every value the rules need), or undo the last change to it");
            return PROBLEMS;
        }
        boolean debug = command instanceof ProjectCommand c && c.project.debug;
        err.println(e instanceof IOException
                ? "saferoll: cannot read or write a file: " + e.getMessage()
                : "saferoll: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return INTERNAL;
    }
}
