package org.saferoll.cli;

import org.saferoll.BuildOptions;
import org.saferoll.validate.Rule;
import org.saferoll.validate.spelling.SpellChecker;
import org.saferoll.validate.spelling.SpellCheckers;
import org.saferoll.validate.spelling.SpellingRule;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** What every command shares: the project folder, {@code --debug}, {@code --help} and the console. */
abstract class ProjectCommand implements Callable<Integer> {

    /** Options every command has. */
    static final class ProjectOptions {
        @Option(names = "--project", paramLabel = "DIR", description = "The project folder (default: the current folder).")
        Path dir = Path.of("");

        @Option(names = "--debug", description = "Show stack traces of internal errors.")
        boolean debug;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    /** Options of the commands that run the pipeline. */
    static final class PipelineOptions {
        @Option(names = "--strict", description = "Warnings (such as a review falling due) fail the build too.")
        boolean strict;

        @Option(names = "--sequential", description = "One thread, no concurrency (for comparing output).")
        boolean sequential;
    }

    /** Options of the commands that report problems from a one-shot run (build, check). */
    static final class RunOptions {
        @Option(names = "--json", paramLabel = "FILE", description = "Also write every problem to FILE as JSON.")
        Path json;

        @Option(names = "--no-cache", description = "Parse every page again instead of reusing target/.cache.")
        boolean noCache;

        // Read by ./saferoll and the daemon client, which then run the command in a fresh process; declared so it is accepted here.
        @Option(names = "--no-daemon", description = "Run in a fresh process instead of the warm build daemon (CI=true always does).")
        boolean noDaemon;
    }

    /** {@code --prose}, of check and preview: spelling and grammar, loaded only when asked for. */
    static final class ProseOptions {
        @Option(names = "--prose", description = "Also check spelling and grammar with LanguageTool (warnings; "
                + "./saferoll fetches it with Maven on first use, about 63 MB).")
        boolean prose;

        /** The spelling rule when {@code --prose} was given, else nothing. */
        List<Rule> rules() throws SpellCheckers.Unavailable {
            return prose ? List.of(new SpellingRule(checker())) : List.of();
        }

        /** LanguageTool, from the prose classpath of the SafeRoll folder (the launchers run from there). */
        SpellChecker checker() throws SpellCheckers.Unavailable {
            return SpellCheckers.load(Path.of(System.getProperty("saferoll.home", "")).toAbsolutePath());
        }
    }

    @Mixin
    ProjectOptions project = new ProjectOptions();

    final Console console;

    ProjectCommand(Console console) {
        this.console = console;
    }

    Path projectDir() {
        return project.dir.toAbsolutePath().normalize();
    }

    BuildOptions options(PipelineOptions pipeline) {
        BuildOptions o = BuildOptions.defaults(projectDir()).withStrict(pipeline.strict).withToday(LocalDate.now());
        return pipeline.sequential ? o.withThreads(1) : o;
    }
}
