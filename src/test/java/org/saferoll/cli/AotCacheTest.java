package org.saferoll.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.TestProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./saferoll} on Java 25 or newer keeps a JDK AOT cache in {@code target/aot/}: the first
 * build records, the cache is written in the background, and later builds start from it. Whatever
 * the JVM starts from, the site and the zip must be the same bytes; this builds the shipped site
 * while the cache was recorded, with the cache required ({@code SAFEROLL_AOT=require}: the JVM stops
 * if it cannot use it), as writers run it, and on the Java the tests run on, and compares them.
 *
 * <p>Runs only where a JDK 25 or newer is found ({@code SAFEROLL_TEST_JDK25}, or under
 * {@code /usr/lib/jvm}); the wrapper runs from a scratch copy holding the compiled classes, so it
 * never starts Maven.
 */
class AotCacheTest {

    @Test
    void aotCachedBuildIsByteIdenticalToPlainBuilds(@TempDir Path tmp) throws Exception {
        Path jdk = newJdk().orElse(null);
        Assumptions.assumeTrue(jdk != null, "no JDK 25 or newer on this machine");
        Path tool = wrapperCopy(tmp.resolve("tool"));
        TestProject project = TestProject.copy(tmp);

        run(tool, project, Map.of("JAVA_HOME", jdk.toString()));
        Path cache = awaitCache(tool.resolve("target/aot"));
        Snapshot recorded = Snapshot.of(project.dir());

        run(tool, project, Map.of("JAVA_HOME", jdk.toString(), "SAFEROLL_AOT", "require"));
        Snapshot cached = Snapshot.of(project.dir());
        assertTrue(Files.exists(cache), "the cache is kept for the next run");

        run(tool, project, Map.of("JAVA_HOME", jdk.toString())); // as writers run it: the cache is used, not required
        Snapshot usual = Snapshot.of(project.dir());

        run(tool, project, Map.of("JAVA_HOME", System.getProperty("java.home")));
        Snapshot plain = Snapshot.of(project.dir());

        assertEquals(recorded.tree(), cached.tree(), "site built from the AOT cache differs from the recording build's");
        assertArrayEquals(recorded.zip(), cached.zip(), "zip built from the AOT cache differs");
        assertEquals(cached.tree(), usual.tree(), "site differs between two builds from the AOT cache");
        assertEquals(plain.tree(), cached.tree(), "site built from the AOT cache differs from the build on " + System.getProperty("java.version"));
        assertArrayEquals(plain.zip(), cached.zip(), "zip differs from the build on " + System.getProperty("java.version"));
    }

    private record Snapshot(String tree, byte[] zip) {
        static Snapshot of(Path project) throws IOException {
            return new Snapshot(TestProject.treeDigest(project.resolve("target/site")),
                    Files.readAllBytes(project.resolve("target/saferoll-site.zip")));
        }
    }

    /** A JDK of feature version 25 or newer: the one named by SAFEROLL_TEST_JDK25, else one under /usr/lib/jvm. */
    static Optional<Path> newJdk() throws IOException {
        String named = System.getenv("SAFEROLL_TEST_JDK25");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(jvms)) {
            return list.filter(dir -> feature(dir) >= 25 && Files.isExecutable(dir.resolve("bin/jar"))).sorted().findFirst();
        }
    }

    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    return Integer.parseInt(line.substring(14).split("[.\"]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** The wrapper with the compiled classes and the jars this test runs with, so it has nothing to compile. */
    private static Path wrapperCopy(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("src/main"));
        Files.copy(Path.of("saferoll"), dir.resolve("saferoll"));
        dir.resolve("saferoll").toFile().setExecutable(true);
        TestProject.copyTree(Path.of("target/classes"), dir.resolve("target/classes"));
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).toList();
        Files.writeString(dir.resolve("target/classpath.txt"), String.join(File.pathSeparator, jars));
        return dir;
    }

    private static void run(Path tool, TestProject project, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool.resolve("saferoll").toString(), "build", "--no-cache",
                "--project", project.dir().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("SAFEROLL_DAEMON", "off"); // this is about the fresh process the AOT cache starts
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "./saferoll build failed with " + env + ":\n" + output);
    }

    /** Waits for the background writer to finish the cache; generous, since the machine may be busy. */
    private static Path awaitCache(Path aot) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Stream<Path> list = Files.list(aot)) {
                List<Path> files = list.toList();
                Optional<Path> cache = files.stream().filter(f -> f.toString().endsWith(".aot")).findFirst();
                boolean writing = files.stream().anyMatch(f -> f.toString().endsWith(".recording"));
                if (cache.isPresent() && !writing) {
                    return cache.get();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no AOT cache in " + aot + " after 10 minutes: " + Files.readString(aot.resolve("create.log")));
    }
}
