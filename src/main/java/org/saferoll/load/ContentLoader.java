package org.saferoll.load;

import org.saferoll.report.Diagnostic;
import org.saferoll.util.Hashing;
import org.saferoll.util.Parallel;
import org.saferoll.util.ProjectPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The load stage: finds every {@code .adoc} file under {@code content/}, checks that it is
 * readable text ({@link PageBytes}) and parses it once ({@link PageReader}), on several threads.
 * Unreadable files become diagnostics, never exceptions.
 *
 * <p>A loader may keep the pages it parsed, keyed by the hash of their bytes, so that a preview
 * rebuild parses only the files that changed. A page's HTML depends on nothing but its own bytes
 * (secure mode reads no other file), which is what makes that cache correct.
 */
public final class ContentLoader {
    private final AsciidocParser parser;
    private final int threads;
    /** Pages kept between calls, by path: converted ones for builds, parsed-only ones for checks. */
    private final Map<Boolean, Map<String, PageReader.Loaded>> kept;
    private DiskCache disk;
    private PageReader reader;

    /**
     * @param parser  the shared Asciidoctor
     * @param threads how many pages to parse at once
     * @param reuse   keep parsed pages between calls and re-parse only changed files
     */
    public ContentLoader(AsciidocParser parser, int threads, boolean reuse) {
        this.parser = parser;
        this.threads = Math.max(1, threads);
        this.kept = reuse ? Map.of(true, new ConcurrentHashMap<>(), false, new ConcurrentHashMap<>()) : null;
        this.reader = new PageReader(parser, null);
    }

    /** Keeps parse results in {@code cache} between runs. */
    public ContentLoader withDiskCache(DiskCache cache) {
        this.disk = cache;
        this.reader = new PageReader(parser, cache);
        return this;
    }

    /**
     * What to load: the project folder, and whether each page is also converted to HTML for bake
     * (a check only parses, which is much faster).
     */
    public record Request(Path projectDir, boolean convert) {
        /** Every page parsed and converted, ready to bake. */
        public static Request toBake(Path projectDir) {
            return new Request(projectDir, true);
        }

        /** Every page parsed, never converted: what a check needs. */
        public static Request toCheck(Path projectDir) {
            return new Request(projectDir, false);
        }
    }

    /** Loads every page the request names; unreadable files are problems of the site, never exceptions. */
    public Site run(Request request) throws IOException {
        return loadAll(request.projectDir(), request.convert());
    }

    private Site loadAll(Path projectDir, boolean convert) throws IOException {
        Path contentDir = projectDir.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            return new Site(projectDir, List.of(), List.of(Diagnostic.error("content", 0, "input",
                    "there is no content/ folder in " + projectDir.toAbsolutePath().normalize(),
                    "run the command from the project folder, the one with content/ and templates/")));
        }
        if ((disk == null || disk.holdsNone(convert)) && (kept == null || kept.get(convert).isEmpty())) {
            parser.start(); // every page will be parsed: boot Asciidoctor while the files are found and read
        }
        List<Path> files = pageFiles(contentDir);
        List<PageReader.Loaded> loaded = Parallel.map(files, threads, f -> loadFile(projectDir, f, convert));
        if (disk != null) {
            disk.retain(loaded.stream().map(PageReader.Loaded::hash).collect(Collectors.toSet()), convert);
        }
        if (kept != null) {
            List<String> paths = files.stream().map(f -> ProjectPaths.relative(projectDir, f)).toList();
            kept.values().forEach(m -> m.keySet().retainAll(paths));
        }
        List<Page> pages = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>(Symlinks.find(projectDir));
        for (PageReader.Loaded l : loaded) {
            if (l.page() != null) {
                pages.add(l.page());
            }
            problems.addAll(l.problems());
        }
        return new Site(projectDir, List.copyOf(pages), List.copyOf(problems));
    }

    /** The pages under content/, in a stable order; files starting with {@code _} are partials, not pages. */
    private static List<Path> pageFiles(Path contentDir) throws IOException {
        try (Stream<Path> walk = Files.walk(contentDir)) {
            // A linked file is never read (Symlinks reports it), so no outside byte reaches a page or the cache.
            return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().endsWith(".adoc"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
    }

    private PageReader.Loaded loadFile(Path projectDir, Path file, boolean convert) throws IOException {
        String path = ProjectPaths.relative(projectDir, file);
        byte[] bytes = Files.readAllBytes(file);
        String hash = Hashing.sha256(bytes);
        // A check keeps its parsed-only pages apart: a page kept for a build has its HTML, one kept for a check has none.
        Map<String, PageReader.Loaded> keep = kept == null ? null : kept.get(convert);
        if (keep != null) {
            PageReader.Loaded hit = keep.get(path);
            if (hit != null && hit.hash().equals(hash)) {
                return hit;
            }
        }
        PageBytes.Decoded decoded = PageBytes.decode(path, bytes);
        PageReader.Loaded result = decoded.failure()
                .map(problem -> new PageReader.Loaded(hash, null, List.of(problem)))
                .orElseGet(() -> reader.read(path, decoded.text(), hash, projectDir.resolve("content").relativize(file), convert));
        if (keep != null) {
            keep.put(path, result);
        }
        return result;
    }
}
