package org.saferoll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shipped site, built once per test run into a temporary folder and shared by read-only tests. */
public final class BuiltSite {
    private static Path site;

    private BuiltSite() {
    }

    public static synchronized Path dir() {
        if (site == null) {
            try {
                Path tmp = Files.createTempDirectory("saferoll-site");
                TestProject p = TestProject.copy(tmp);
                Pipeline.Outcome outcome = p.build();
                if (!outcome.published()) {
                    throw new AssertionError("the shipped site does not build: " + outcome.diagnostics());
                }
                site = p.options().siteDir();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /** Every HTML page of the built site, as paths relative to its root. */
    public static List<String> pages() {
        try (Stream<Path> walk = Files.walk(dir())) {
            return walk.filter(f -> f.toString().endsWith(".html")).map(f -> dir().relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
