package org.saferoll.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's parsing: no pipeline runs here. */
class SafeRollTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SafeRoll(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[]{"build", "check", "preview", "new"}) {
            assertTrue(usage.contains("  " + command + " "), usage);
        }
    }

    @Test
    void optionsAreAcceptedOnlyWhereTheyMeanSomething() {
        assertEquals(2, run("check", "--port", "9000"));
        assertTrue(err().contains("--port"), err());
        assertEquals(2, run("new", "--strict", "technique", "x"));
        assertEquals(2, run("preview", "--timings"));
    }

    @Test
    void aPortMustBeANumber() {
        assertEquals(2, run("preview", "--port", "eighty"));
        assertTrue(err().contains("eighty"), err());
    }

    @Test
    void newNeedsATypeAndAnId() {
        assertEquals(2, run("new", "technique"));
        assertTrue(err().contains("ID"), err());
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        assertEquals(2, run("chekc"));
        assertTrue(err().contains("unknown command 'chekc'"), err());
        assertTrue(err().contains("check"), err());
    }

    @Test
    void buildIsTheDefaultCommand() {
        assertEquals(0, run("--help"));
        assertEquals(2, run("--port", "1"), "options without a command are build's, and build has no --port");
        assertTrue(err().contains("saferoll build"), err());
    }
}
