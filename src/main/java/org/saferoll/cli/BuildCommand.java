package org.saferoll.cli;

import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code saferoll build}: validate, bake, verify and publish. */
@Command(name = "build", description = "Validate, bake, verify and publish to target/site and target/saferoll-site.zip.")
final class BuildCommand extends ProjectCommand {
    @Mixin
    PipelineOptions pipelineOptions = new PipelineOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    BuildCommand(Console console) {
        super(console);
    }

    @Override
    public Integer call() throws Exception {
        BuildOptions options = options(pipelineOptions);
        Pipeline pipeline = console.pipelines().open(options, run.noCache, console.env());
        try {
            Pipeline.Outcome outcome = pipeline.build(options);
            console.report(outcome.diagnostics(), run.json);
            if (!outcome.published()) {
                console.err().println(Console.summary(outcome.diagnostics(), options.strict()) + "; nothing was published, "
                        + options.siteDir() + " is unchanged");
                return SafeRoll.PROBLEMS;
            }
            console.out().printf(Locale.ROOT, outcome.upToDate()
                            ? "Up to date: nothing changed since the last build of these %d pages (checked in %.1f s): %s and %s%n"
                            : "Built %d pages in %.1f s: %s and %s%n", outcome.pages(),
                    outcome.elapsed().toMillis() / 1000.0, Console.display(options.siteDir()), Console.display(options.zipFile()));
            if (timings) {
                outcome.stages().forEach((stage, d) -> console.out().printf(Locale.ROOT, "  %-9s %6d ms%n", stage, d.toMillis()));
            }
            return SafeRoll.OK;
        } finally {
            console.pipelines().release(pipeline);
        }
    }
}
