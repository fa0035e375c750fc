package org.saferoll.cli;

import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/** {@code saferoll check}: load and validate only, the writer's fast loop. */
@Command(name = "check", description = "Validate the pages only (fast; bakes nothing).")
final class CheckCommand extends ProjectCommand {
    @Mixin
    PipelineOptions pipelineOptions = new PipelineOptions();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every problem to FILE as JSON.")
    Path json;

    @Option(names = "--no-cache", description = "Parse every page again instead of reusing target/.cache.")
    boolean noCache;

    CheckCommand(Console console) {
        super(console);
    }

    @Override
    public Integer call() throws Exception {
        BuildOptions options = options(pipelineOptions);
        try (Pipeline pipeline = Pipelines.oneShot(options, noCache)) {
            Pipeline.Outcome outcome = pipeline.check(options);
            console.report(outcome.diagnostics(), json);
            boolean fails = outcome.diagnostics().stream().anyMatch(d -> d.isError() || options.strict());
            String verdict = outcome.diagnostics().isEmpty() ? "no problems" : Console.summary(outcome.diagnostics(), options.strict());
            (fails ? console.err() : console.out()).printf(Locale.ROOT, "Checked %d pages in %.1f s: %s%n", outcome.pages(),
                    outcome.elapsed().toMillis() / 1000.0, verdict);
            return fails ? SafeRoll.PROBLEMS : SafeRoll.OK;
        }
    }
}
