package org.saferoll.daemon;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a daemon must share with a client to run its command: the same JVM and flags, the same
 * code (every classpath entry by size and time, every class file under {@code target/classes}),
 * the same {@code pom.xml}, the same {@code SOURCE_DATE_EPOCH} (read by the build from the
 * process environment, so it cannot be handed over per command) and the same {@link #JVM_ENV}. A client and a daemon whose keys
 * differ never run a command together: the daemon stops and the client starts a fresh one.
 */
final class Identity {
    /** The one environment variable the build reads from its own process rather than from the command. */
    static final String PROCESS_ENV = "SOURCE_DATE_EPOCH";
    /**
     * Variables the JVM reads once, at start: the time zone that dates "today" (review dates are
     * due or in the future by it), the locale, and flags outside the launcher's. A fresh process
     * takes them from the writer's shell, so a daemon started from another shell must not answer.
     */
    static final List<String> JVM_ENV = List.of("TZ", "LANG", "LC_ALL", "LC_CTYPE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private Identity() {
    }

    /**
     * @param javaHome  the JVM that runs the daemon
     * @param flags     the daemon's JVM flags
     * @param classpath the daemon's classpath, entries separated by {@link File#pathSeparator}
     * @param project   the project folder (its {@code pom.xml} is part of the key)
     */
    static String key(String javaHome, String flags, String classpath, Path project, Map<String, String> env) {
        StringBuilder text = new StringBuilder().append(javaHome).append('\n').append(flags.strip()).append('\n')
                .append(PROCESS_ENV).append('=').append(env.getOrDefault(PROCESS_ENV, "")).append('\n');
        JVM_ENV.forEach(name -> text.append(name).append('=').append(env.getOrDefault(name, "")).append('\n'));
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                text.append(entry).append('\n');
                stamps(Path.of(entry)).forEach(s -> text.append(s).append('\n'));
            }
        }
        try {
            Path pom = project.resolve("pom.xml");
            text.append("pom ").append(Files.isRegularFile(pom) ? DaemonPaths.hash(Files.readString(pom)) : "none");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DaemonPaths.hash(text.toString());
    }

    /** Size and modification time of a jar, or of every file under a classes folder. */
    private static List<String> stamps(Path entry) {
        List<String> stamps = new ArrayList<>();
        if (!Files.exists(entry)) {
            stamps.add("missing");
            return stamps;
        }
        try (Stream<Path> files = Files.walk(entry)) {
            files.sorted().forEach(file -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        stamps.add(entry.relativize(file) + " " + a.size() + " " + a.lastModifiedTime().toMillis());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stamps;
    }
}
