package org.saferoll.util;

import java.nio.file.Path;

/** Paths as SafeRoll shows and compares them: relative, with forward slashes on every system. */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    /** {@code file} relative to {@code base}, e.g. {@code content/techniques/lat-roll.adoc}. */
    public static String relative(Path base, Path file) {
        return slashed(base.relativize(file));
    }

    /** A path with forward slashes, as in URLs and messages. */
    public static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
