package org.saferoll;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away copy of the project (content, templates, assets, schema, jbake.properties) in a
 * temporary folder, so tests can break pages without touching the repository.
 */
public final class TestProject {
    /** The date validation runs against in tests, so review ages do not drift with the clock. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static Pipeline pipeline;
    private static Pipeline reusing;

    private final Path dir;

    private TestProject(Path dir) {
        this.dir = dir;
    }

    /**
     * One pipeline for the whole test run: Asciidoctor starts once. It sees an empty environment,
     * so tests expect a local build even when they run on GitHub Actions.
     */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(false, 2).withEnvironment(java.util.Map.of());
        }
        return pipeline;
    }

    private static org.saferoll.load.AsciidocParser parser;

    /** One Asciidoctor for tests that parse pages without a pipeline. */
    public static synchronized org.saferoll.load.AsciidocParser parser() {
        if (parser == null) {
            parser = new org.saferoll.load.AsciidocParser();
        }
        return parser;
    }

    /**
     * A pipeline that keeps parsed pages between builds, for tests that build many copies of the
     * same content with a page or two changed (the rule fixtures): only the changed files are
     * parsed again. Tests that compare a fresh build with a cached one use {@link #pipeline()}.
     */
    public static synchronized Pipeline reusingPipeline() {
        if (reusing == null) {
            reusing = new Pipeline(true, 2).withEnvironment(java.util.Map.of());
        }
        return reusing;
    }

    /** A copy of the shipped project. */
    public static TestProject copy(Path parent) throws IOException {
        Path dir = Files.createDirectories(parent.resolve("project"));
        for (String folder : List.of("content", "templates", "assets", "schema")) {
            copyTree(REPO.resolve(folder), dir.resolve(folder));
        }
        Files.copy(REPO.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        return new TestProject(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path file(String relative) {
        return dir.resolve(relative);
    }

    public BuildOptions options() {
        return BuildOptions.defaults(dir).withToday(TODAY).withThreads(2);
    }

    public TestProject write(String relative, String text) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return this;
    }

    public String read(String relative) throws IOException {
        return Files.readString(dir.resolve(relative));
    }

    /** Replaces {@code from} by {@code to} in a file, failing if {@code from} is not there. */
    public TestProject replace(String relative, String from, String to) throws IOException {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new AssertionError(relative + " does not contain: " + from);
        }
        return write(relative, text.replace(from, to));
    }

    public Pipeline.Outcome build() throws IOException {
        return pipeline().build(options());
    }

    public Pipeline.Outcome check() throws IOException {
        return pipeline().check(options());
    }

    /** Copies every file under {@code from} into {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A digest of every file's path and bytes under {@code dir}: equal digests, equal trees. */
    public static String treeDigest(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(p).toString().getBytes());
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void delete() throws IOException {
        org.saferoll.util.Trees.delete(dir);
    }
}
