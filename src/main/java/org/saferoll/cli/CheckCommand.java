package org.saferoll.cli;

import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;
import org.saferoll.validate.Rule;
import org.saferoll.validate.spelling.SpellCheckers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Locale;

/** {@code saferoll check}: load and validate only, the writer's fast loop. */
@Command(name = "check", description = "Validate the pages only (fast; bakes nothing).")
final class CheckCommand extends ProjectCommand {
    @Mixin
    PipelineOptions pipelineOptions = new PipelineOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    ProseOptions prose = new ProseOptions();

    CheckCommand(Console console) {
        super(console);
    }

    @Override
    public Integer call() throws Exception {
        BuildOptions options = options(pipelineOptions);
        List<Rule> extra;
        try {
            extra = prose.rules();
        } catch (SpellCheckers.Unavailable e) {
            console.err().println("saferoll: " + e.getMessage());
            return SafeRoll.INTERNAL;
        }
        // Set on every command, so a warm pipeline never keeps the prose rules of an earlier one.
        Pipeline pipeline = console.pipelines().open(options, run.noCache, console.env()).withExtraRules(extra);
        try {
            Pipeline.Outcome outcome = pipeline.check(options);
            console.report(outcome.diagnostics(), run.json);
            boolean fails = outcome.diagnostics().stream().anyMatch(d -> d.isError() || options.strict());
            String verdict = outcome.diagnostics().isEmpty() ? "no problems" : Console.summary(outcome.diagnostics(), options.strict());
            (fails ? console.err() : console.out()).printf(Locale.ROOT, "Checked %d pages in %.1f s: %s%n", outcome.pages(),
                    outcome.elapsed().toMillis() / 1000.0, verdict);
            return fails ? SafeRoll.PROBLEMS : SafeRoll.OK;
        } finally {
            console.pipelines().release(pipeline);
        }
    }
}
