package org.saferoll.load;

import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.saferoll.report.Diagnostic;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * The load stage: reads every {@code .adoc} file under {@code content/}, checks that it is
 * readable text, and parses it once. Unreadable files become diagnostics, never exceptions.
 *
 * <p>A loader may keep the pages it parsed, keyed by the hash of their bytes, so that a preview
 * rebuild parses only the files that changed. A page's HTML depends on nothing but its own bytes
 * (secure mode reads no other file), which is what makes that cache correct.
 */
public final class ContentLoader {

    /** Pages larger than this are refused: no real page is near it, and it bounds memory and time. */
    public static final int MAX_BYTES = 1024 * 1024;

    private record Cached(String hash, Page page, List<Diagnostic> problems) {
    }

    private final AsciidocParser parser;
    private final int threads;
    private final Map<String, Cached> cache;
    private DiskCache disk;

    /** Keeps parse results in {@code cache} between runs (null: parse everything). */
    public ContentLoader withDiskCache(DiskCache cache) {
        this.disk = cache;
        return this;
    }

    /**
     * @param parser  the shared Asciidoctor
     * @param threads how many pages to parse at once
     * @param reuse   keep parsed pages between calls and re-parse only changed files
     */
    public ContentLoader(AsciidocParser parser, int threads, boolean reuse) {
        this.parser = parser;
        this.threads = Math.max(1, threads);
        this.cache = reuse ? new ConcurrentHashMap<>() : null;
    }

    /** Loads every page and converts it to HTML, ready to bake. */
    public Site load(Path projectDir) throws IOException {
        return loadAll(projectDir, true);
    }

    /** Loads every page for checking only: parsed, never converted, which is much faster. */
    public Site loadForCheck(Path projectDir) throws IOException {
        return loadAll(projectDir, false);
    }

    private Site loadAll(Path projectDir, boolean convert) throws IOException {
        Path contentDir = projectDir.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            return new Site(projectDir, List.of(), List.of(Diagnostic.error("content", 0, "input",
                    "there is no content/ folder in " + projectDir.toAbsolutePath().normalize(),
                    "run the command from the project folder, the one with content/ and templates/")));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".adoc"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
        if (disk == null && (cache == null || cache.isEmpty())) {
            parser.start(); // every page will be parsed: boot Asciidoctor while the files are read
        }
        List<Cached> loaded = parseAll(projectDir, files, convert);
        if (disk != null) {
            disk.retain(loaded.stream().map(Cached::hash).collect(java.util.stream.Collectors.toSet()), convert);
        }
        if (cache != null) {
            cache.keySet().retainAll(files.stream().map(f -> relative(projectDir, f)).toList());
        }
        List<Page> pages = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Cached c : loaded) {
            if (c.page() != null) {
                pages.add(c.page());
            }
            problems.addAll(c.problems());
        }
        return new Site(projectDir, List.copyOf(pages), List.copyOf(problems));
    }

    private List<Cached> parseAll(Path projectDir, List<Path> files, boolean convert) throws IOException {
        if (threads == 1) {
            List<Cached> out = new ArrayList<>();
            for (Path f : files) {
                out.add(loadFile(projectDir, f, convert));
            }
            return out;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> files.parallelStream().map(f -> {
                try {
                    return loadFile(projectDir, f, convert);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading content", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private Cached loadFile(Path projectDir, Path file, boolean convert) throws IOException {
        String path = relative(projectDir, file);
        byte[] bytes = Files.readAllBytes(file);
        String hash = sha256(bytes);
        // Only converted pages are kept, so a cached page always has its HTML.
        boolean cached = cache != null && convert;
        if (cached) {
            Cached hit = cache.get(path);
            if (hit != null && hit.hash().equals(hash)) {
                return hit;
            }
        }
        Cached result = read(path, bytes, hash, projectDir.resolve("content").relativize(file), convert);
        if (cached) {
            cache.put(path, result);
        }
        return result;
    }

    private Cached read(String path, byte[] bytes, String hash, Path underContent, boolean convert) {
        String problem = null;
        String hint = null;
        int line = 0;
        String text = null;
        if (bytes.length > MAX_BYTES) {
            problem = String.format(java.util.Locale.ROOT, "the page is %.1f MB; a page may be at most 1 MB",
                    bytes.length / 1_048_576.0);
            hint = "split it into several pages, one topic each";
        } else if (indexOf(bytes, (byte) 0) >= 0) {
            problem = "this is a binary file, not AsciiDoc text";
            hint = "keep images and other files in assets/; content/ holds only .adoc pages";
            line = lineAt(bytes, indexOf(bytes, (byte) 0));
        } else {
            try {
                text = decode(bytes);
            } catch (CharacterCodingException e) {
                int offset = firstInvalidUtf8(bytes);
                problem = "the file is not valid UTF-8 text";
                hint = "save it as UTF-8 in your editor (\"Save with encoding\" > UTF-8)";
                line = lineAt(bytes, offset);
            }
        }
        if (text != null && text.isBlank()) {
            problem = "the page is empty";
            hint = "start from a template: ./saferoll new <type> <id>, or copy a page of the same type";
        }
        if (problem != null) {
            return new Cached(hash, null, List.of(Diagnostic.error(path, line, "input", problem, hint)));
        }
        return parsePage(path, text, hash, underContent, convert);
    }

    private Cached parsePage(String path, String text, String hash, Path underContent, boolean convert) {
        SourceFile source = SourceFile.of(path, text);
        DiskCache.Entry entry = disk == null ? null : disk.get(hash, convert).orElse(null);
        if (entry == null) {
            entry = parse(text, source, convert);
            if (disk != null) {
                disk.put(hash, convert, entry);
            }
        }
        String fileName = underContent.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - ".adoc".length());
        String uri = underContent.toString().replace('\\', '/');
        uri = uri.substring(0, uri.length() - ".adoc".length()) + ".html";
        Page page = new Page(source, id, uri, Header.read(source.lines()), entry.steps(), entry.html(), entry.anchors(),
                entry.prose());
        return new Cached(hash, page, entry.problems().stream().map(p -> p.at(path)).toList());
    }

    private DiskCache.Entry parse(String text, SourceFile source, boolean convert) {
        AsciidocParser.Parsed parsed = parser.parse(text, convert);
        List<DiskCache.Problem> problems = new ArrayList<>();
        for (LogRecord record : parsed.log()) {
            if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
                problems.add(new DiskCache.Problem(line, "asciidoc", record.getMessage(), AsciidocHints.hintFor(record.getMessage())));
            }
        }
        var sections = AsciidocParser.sections(parsed.document());
        problems.addAll(AsciidocParser.unmarkedSteps(sections, source));
        return new DiskCache.Entry(AsciidocParser.steps(sections, source), AsciidocParser.ids(sections, source),
                parsed.html(), List.copyOf(problems), ProseReader.read(parsed.document(), source));
    }

    private static String relative(Path projectDir, Path file) {
        return projectDir.relativize(file).toString().replace('\\', '/');
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
