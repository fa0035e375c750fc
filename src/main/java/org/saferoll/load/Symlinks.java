package org.saferoll.load;

import org.saferoll.report.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds symbolic links in the folders the build reads. A pull request is untrusted: a link in
 * {@code assets/} would copy any file of the build machine into the site and the zip, a link in
 * {@code content/} would publish a page from outside the repository. So a link anywhere there is
 * an error, and the build reads nothing through it.
 */
public final class Symlinks {
    /** The folders whose files reach the site. */
    public static final List<String> FOLDERS = List.of("content", "assets", "templates", "schema");

    private Symlinks() {
    }

    /** One error for each link under the project's {@link #FOLDERS} (or one of the folders itself). */
    public static List<Diagnostic> find(Path projectDir) throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path root = projectDir.resolve(folder);
            if (Files.isSymbolicLink(root)) {
                out.add(error(folder));
                continue;
            }
            if (!Files.isDirectory(root)) {
                continue;
            }
            // Files.walk does not follow links by default: a linked folder is listed, never entered.
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isSymbolicLink).sorted()
                        .forEach(p -> out.add(error(projectDir.relativize(p).toString().replace('\\', '/'))));
            }
        }
        return out;
    }

    /**
     * One error for the output folder, or any entry right in it, that is a link. Every write of a
     * build (cache, record, staging, site, zip, lock) goes to such an entry, and a pull request can
     * commit links under {@code target/} as anywhere else: through one, pruning the cache or
     * swapping the site would delete or write files outside the repository.
     */
    public static List<Diagnostic> inOutput(Path projectDir, Path outputDir) throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        if (Files.isSymbolicLink(outputDir)) {
            out.add(error(name(projectDir, outputDir)));
        } else if (Files.isDirectory(outputDir)) {
            try (Stream<Path> entries = Files.list(outputDir)) {
                entries.filter(Files::isSymbolicLink).sorted().forEach(p -> out.add(error(name(projectDir, p))));
            }
        }
        return out;
    }

    private static String name(Path projectDir, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path project = projectDir.toAbsolutePath().normalize();
        return (abs.startsWith(project) ? project.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static Diagnostic error(String path) {
        return Diagnostic.error(path, 0, "symlink", "this is a symbolic link; the build reads no file through a link",
                "replace the link by the file itself (git: commit the file, not a link to it)");
    }
}
