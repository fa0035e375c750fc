package org.saferoll.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.saferoll.report.Diagnostic;
import org.saferoll.util.Hashing;
import org.saferoll.util.LocalSecret;
import org.saferoll.util.Trees;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parse results kept on disk between runs, so an unchanged page is never parsed twice.
 *
 * <p>Why this is correct: in secure mode a page's parse result (steps, anchors, HTML, warnings)
 * depends on its own bytes and nothing else but the parser. Entries are keyed by the SHA-256 of
 * the bytes, in a folder named by a fingerprint of AsciidoctorJ's version and the bytes of the
 * classes that parse, mixed with this user's {@link LocalSecret}; any change to either starts a
 * fresh folder, and a folder committed under {@code target/} by a pull request is never read. Clock attributes such as
 * {@code docdate} are locked, so no entry depends on the day it was made.
 */
public final class DiskCache {
    /** One page's parse result, as stored. */
    public record Entry(List<Step> steps, Set<String> anchors, String html, List<Problem> problems, List<Prose> prose,
                        List<Markup> markup) {
        public Entry {
            prose = prose == null ? List.of() : prose;
            markup = markup == null ? List.of() : markup;
        }
    }

    /**
     * A problem found while parsing: an Asciidoctor warning (rule {@code asciidoc}) or a section
     * the AST shows would be silently dropped (rule {@code step}). Stored without the file name,
     * because the same bytes may live at another path.
     */
    public record Problem(int line, String rule, String message, String hint) {
        Diagnostic at(String path) {
            return Diagnostic.error(path, line, rule, message, hint);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Null when the cache folder or the one it sits in is a link: then nothing is pruned, read or written. */
    private final Path dir;
    private final String fingerprint;

    /** The cache under {@code root}, readable only by builds of this user (see {@link LocalSecret}). */
    public DiskCache(Path root) {
        this(root, LocalSecret.get());
    }

    /** The cache under {@code root} as builds keyed with {@code secret} see it (tests use two to stand for two machines). */
    public DiskCache(Path root, byte[] secret) {
        this.fingerprint = Hashing.sha256(secret, CODE.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        Path parent = root.toAbsolutePath().getParent();
        if (Files.isSymbolicLink(root) || parent != null && Files.isSymbolicLink(parent)) {
            // A pull request can commit target/.cache as a link: pruning it would empty the folder it names.
            this.dir = null;
            return;
        }
        this.dir = root.resolve(fingerprint);
        // Entries made by another parser can never match again.
        try (var others = Files.list(root)) {
            for (Path other : others.filter(p -> !p.equals(dir)).toList()) {
                Trees.delete(other);
            }
        } catch (IOException e) {
            // no cache yet, or not readable: it only saves time
        }
    }

    /**
     * True when the cache holds no entry of this kind (a fresh clone, a cleaned target/, a new
     * parser): then every page will be parsed, and Asciidoctor can start before anything is read.
     */
    public boolean holdsNone(boolean converted) {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .noneMatch(name -> converted == name.endsWith(".html.json") && name.endsWith(".json"));
        } catch (IOException e) {
            return true; // no folder yet
        }
    }

    /** Drops entries of this kind whose bytes no page has any more, so the cache does not grow with every edit. */
    public void retain(Set<String> hashes, boolean converted) {
        if (dir == null) {
            return;
        }
        String suffix = converted ? ".html.json" : ".json";
        try (var entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                boolean sameKind = converted ? name.endsWith(".html.json") : name.endsWith(".json") && !name.endsWith(".html.json");
                if (sameKind && !hashes.contains(name.substring(0, name.length() - suffix.length()))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // pruning is housekeeping; a stale entry costs only disk space
        }
    }

    /**
     * An entry as written: with the hash of the bytes it was made from and the fingerprint of the
     * parser that made it, so a file renamed, copied or left from another version is never taken
     * for the result of these bytes.
     */
    private record Stored(String hash, String version, Entry entry) {
        boolean complete(String expectedHash, String fingerprint) {
            return expectedHash.equals(hash) && fingerprint.equals(version) && entry != null && entry.steps() != null
                    && entry.anchors() != null && entry.html() != null && entry.problems() != null;
        }
    }

    private static final String CODE = fingerprint();

    /**
     * The stored result for these bytes, when there is one of the right kind, complete, made from
     * these very bytes by this version. Anything else (truncated, edited, from another build) is
     * ignored, and the page is parsed again.
     */
    public Optional<Entry> get(String hash, boolean converted) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(converted ? hash + ".html.json" : hash + ".json");
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            return stored != null && stored.complete(hash, fingerprint) ? Optional.of(stored.entry()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is parsed again and rewritten
        }
    }

    public void put(String hash, boolean converted, Entry entry) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(converted ? hash + ".html.json" : hash + ".json");
            Path tmp = Files.createTempFile(dir, hash, ".tmp");
            JSON.writeValue(tmp.toFile(), new Stored(hash, fingerprint, entry));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache only saves time; a page that cannot be stored is parsed again next time
        }
    }

    /** AsciidoctorJ's version and the bytes of the classes whose output is cached. */
    static String fingerprint() {
        List<byte[]> parts = new ArrayList<>();
        parts.add(String.valueOf(org.asciidoctor.Asciidoctor.class.getPackage().getImplementationVersion()).getBytes());
        // Clock attributes print the source date, so it is part of what made an entry.
        parts.add(String.valueOf(SourceDate.fromEnvironment().orElse(null)).getBytes());
        for (Class<?> c : List.of(AsciidocParser.class, PageReader.class, Step.class, AsciidocHints.class, DiskCache.class,
                ProseReader.class, Prose.class, SourceDate.class, Markup.class, MarkupReader.class, InputLimits.class)) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                parts.add(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot fingerprint the parser", e);
            }
        }
        return Hashing.sha256(parts.toArray(byte[][]::new)).substring(0, 16);
    }
}
