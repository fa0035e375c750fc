package org.saferoll.publish;

import org.saferoll.bake.SiteSettings;
import org.saferoll.report.Diagnostic;
import org.saferoll.util.Hashing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The last successful publish of a warm pipeline, so a build with nothing changed can say so
 * instead of running every stage again: a digest of everything the build read, the stamp of every
 * entry it left in the site and of the zip, and what it reported. In memory only.
 *
 * <p>Why "up to date" is safe: the digest covers the project's input folders byte for byte (links
 * and empty folders included) with the options, the date and the environment; and the stamps
 * (file key, modified and change time, size) of every file must be those the publish left, with no entry
 * added or missing. Anything else, and the build runs in full, which restores the site.
 */
public final class LastPublish {
    /** The folders and files of a project that a build reads. */
    private static final List<String> INPUTS = List.of("content", "templates", "assets", "schema", "jbake.properties");

    private final String inputs;
    private final Map<String, String> stamps;
    private final List<Diagnostic> diagnostics;
    private final int pages;

    private LastPublish(String inputs, Map<String, String> stamps, List<Diagnostic> diagnostics, int pages) {
        this.inputs = inputs;
        this.stamps = stamps;
        this.diagnostics = List.copyOf(diagnostics);
        this.pages = pages;
    }

    /**
     * The digest of what a build of {@code projectDir} reads: its files, the {@code settings} (the
     * options, with the date), the variables of {@code env} the bake reads, and this process's own
     * environment (SOURCE_DATE_EPOCH dates the build).
     */
    public static String inputs(Path projectDir, Object settings, Map<String, String> env) {
        Map<String, String> read = new java.util.TreeMap<>();
        SiteSettings.ENVIRONMENT.forEach(name -> read.put(name, env.get(name)));
        String besides = List.of(settings, read, new java.util.TreeMap<>(System.getenv())).toString();
        return Hashing.sha256(Hashing.tree(projectDir, INPUTS.stream().map(projectDir::resolve).toList()).getBytes(),
                besides.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Records a publish from {@code inputs} that left {@code siteDir} and {@code zipFile} (or null) as they are now. */
    public static LastPublish of(String inputs, Path siteDir, Path zipFile, List<Diagnostic> diagnostics, int pages) {
        return new LastPublish(inputs, stamps(siteDir, zipFile), diagnostics, pages);
    }

    /** True when {@code inputs} are those of this publish and the site and zip are exactly as it left them. */
    public boolean holds(String inputs, Path siteDir, Path zipFile) {
        return this.inputs.equals(inputs) && stamps.equals(stamps(siteDir, zipFile));
    }

    /** What the publish reported (its warnings). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** How many pages it published. */
    public int pages() {
        return pages;
    }

    /** Every entry under {@code siteDir}, and the zip, by path: a file's stamp, "dir", or a value no later call repeats. */
    private static Map<String, String> stamps(Path siteDir, Path zipFile) {
        Map<String, String> out = new HashMap<>();
        if (zipFile != null) {
            out.put("zip", stamp(zipFile));
        }
        try (Stream<Path> walk = Files.walk(siteDir)) {
            walk.forEach(p -> out.put(siteDir.relativize(p).toString(),
                    Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : stamp(p)));
        } catch (IOException | java.io.UncheckedIOException e) {
            out.put("unreadable", String.valueOf(System.nanoTime()));
        }
        return out;
    }

    private static String stamp(Path file) {
        return SiteRecord.Stamp.of(file).map(s -> s + " " + changed(file)).orElse("other " + System.nanoTime());
    }

    /** The inode's change time where the system has one: unlike the modified time, no one can set it back. */
    private static String changed(Path file) {
        try {
            return String.valueOf(Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "";
        }
    }
}
