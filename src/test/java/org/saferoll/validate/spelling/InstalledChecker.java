package org.saferoll.validate.spelling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The LanguageTool checker for tests: when the prose classpath is missing, Maven installs it
 * first, as {@code ./saferoll check --prose} does on first use.
 */
public final class InstalledChecker {
    private InstalledChecker() {
    }

    /** The checker from the repository's prose classpath, installed if needed. */
    public static synchronized SpellChecker get() throws IOException, InterruptedException, SpellCheckers.Unavailable {
        Path home = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(SpellCheckers.classpathFile(home)) || !Files.isDirectory(home.resolve("target/prose-classes"))) {
            List<String> command = new ArrayList<>(List.of(SpellCheckers.INSTALL.split(" ")));
            command.add(1, "-Dstyle.color=never");
            Path log = home.resolve("target/prose-install.log");
            Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroy();
                throw new AssertionError("Maven could not install the prose classpath:\n" + Files.readString(log));
            }
        }
        return SpellCheckers.load(home);
    }
}
