package org.saferoll.cli;

import org.saferoll.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code saferoll new <type> <id>}: start a page from its template. */
@Command(name = "new", description = "Start a page from a template, e.g. new routine evening-wind-down.")
final class NewCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "TYPE", description = "the page type: one of the templates in templates/new/")
    String type;

    @Parameters(index = "1", paramLabel = "ID", description = "the page id: lowercase words joined by hyphens")
    String id;

    NewCommand(Console console) {
        super(console);
    }

    @Override
    public Integer call() throws Exception {
        Scaffold.Result result = Scaffold.create(projectDir(), type, id);
        if (!result.ok()) {
            console.err().println("saferoll: " + result.message());
            return SafeRoll.USAGE;
        }
        console.out().println(result.message());
        return SafeRoll.OK;
    }
}
