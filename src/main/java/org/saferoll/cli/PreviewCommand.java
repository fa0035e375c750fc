package org.saferoll.cli;

import org.saferoll.serve.PreviewServer;
import org.saferoll.validate.spelling.SpellCheckers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code saferoll preview}: the live preview. */
@Command(name = "preview", description = "Serve the site on http://127.0.0.1:8820/saferoll/ and rebuild on every change.")
final class PreviewCommand extends ProjectCommand {
    @Mixin
    PipelineOptions pipelineOptions = new PipelineOptions();

    @Mixin
    ProseOptions prose = new ProseOptions();

    @Option(names = "--port", paramLabel = "N", description = "The preview port (default: ${DEFAULT-VALUE}).")
    int port = 8820;

    PreviewCommand(Console console) {
        super(console);
    }

    @Override
    public Integer call() throws Exception {
        try {
            PreviewServer server = new PreviewServer(options(pipelineOptions), port, console.out(), console.err());
            if (prose.prose) {
                server.withSpelling(prose.checker());
            }
            return server.runUntilStopped();
        } catch (SpellCheckers.Unavailable e) {
            console.err().println("saferoll: " + e.getMessage());
            return SafeRoll.INTERNAL;
        } catch (PreviewServer.PortTakenException e) {
            console.err().println("saferoll: " + e.getMessage());
            return SafeRoll.USAGE;
        }
    }
}
