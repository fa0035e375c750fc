package org.saferoll.verify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.saferoll.util.Hashing;
import org.saferoll.util.LocalSecret;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What verify read from each baked page (its ids, links, template error text, disallowed HTML),
 * kept between builds so a page whose bytes did not change is not parsed again.
 *
 * <p>Why this is correct: those facts depend only on the page's bytes, the HTML allowlist and the
 * code that reads them, and the key is the SHA-256 of all three and this user's {@link LocalSecret}
 * (so an entry committed under {@code target/} by a pull request never matches). The checks that depend on the rest
 * of the site (does a link's file exist, does it have that id) are not cached; they run on every
 * build from these facts. Kept in memory by a warm pipeline and in one file for one-shot builds.
 */
public final class VerifyCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = code();

    private final Map<String, Verifier.Baked> memory = new ConcurrentHashMap<>();
    /** Files this pipeline read, by stamp, and the key of the bytes it read: kept in memory only. */
    private Map<Stamp, String> known = new ConcurrentHashMap<>();
    private Map<Stamp, String> knownNow = new ConcurrentHashMap<>();
    /** What the allowlist found in each page's own HTML, by that HTML; valid for one allowlist. */
    private Map<String, List<HtmlAllowlist.Violation>> content = new ConcurrentHashMap<>();
    private Map<String, List<HtmlAllowlist.Violation>> contentNow = new ConcurrentHashMap<>();
    private final Set<Path> read = new HashSet<>();
    private Map<String, Verifier.Baked> used = new ConcurrentHashMap<>();
    private final byte[] secret;
    private Path file;
    private byte[] salt = new byte[0];

    /** A cache whose keys mix in this user's {@link LocalSecret}, so no planted file can answer for a page. */
    public VerifyCache() {
        this(LocalSecret.get());
    }

    /** A cache keyed with {@code secret} (tests use two to stand for two machines). */
    public VerifyCache(byte[] secret) {
        this.secret = secret.clone();
    }

    /**
     * Starts a build that checks against {@code allowlist} and keeps its results in {@code file}
     * (read once, on the first build that names it).
     */
    public VerifyCache of(Path file, String allowlist) {
        byte[] newSalt = (CODE + "\0" + allowlist + "\0").getBytes(StandardCharsets.UTF_8);
        boolean sameChecks = java.util.Arrays.equals(newSalt, salt);
        this.file = file;
        this.salt = newSalt;
        this.used = new ConcurrentHashMap<>();
        // Only what the last build used is kept; results made under another allowlist are dropped.
        known = sameChecks ? knownNow : new ConcurrentHashMap<>();
        content = sameChecks ? contentNow : new ConcurrentHashMap<>();
        knownNow = new ConcurrentHashMap<>();
        contentNow = new ConcurrentHashMap<>();
        if (read.add(file) && Files.isRegularFile(file)) {
            try {
                memory.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Verifier.Baked>>() {
                }));
            } catch (IOException | RuntimeException e) {
                // a damaged file only costs parsing the pages again
            }
        }
        return this;
    }

    /**
     * A file's stamp (file key, modified time, size), taken before it is read, so that a change made
     * while or after it is read gives it another stamp and it is read again. Empty when the file
     * system gives no file key: then the file is always read.
     */
    record Stamp(Object key, long modified, long size) {
        static Optional<Stamp> of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.fileKey() != null
                    ? Optional.of(new Stamp(a.fileKey(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.size()))
                    : Optional.empty();
        }
    }

    /**
     * What was read from the file with this {@code stamp} when this pipeline read it before: a
     * page reused from the last build is a hard link to the file verified then, untouched since
     * while its stamp is the same, so its bytes need not be read and hashed again.
     */
    Optional<Verifier.Baked> known(Stamp stamp) {
        String key = known.get(stamp);
        Optional<Verifier.Baked> baked = key == null ? Optional.empty() : get(key);
        baked.ifPresent(b -> knownNow.put(stamp, key));
        return baked;
    }

    /** Notes that the file with {@code stamp} held the bytes of {@code key} when it was read. */
    void read(Stamp stamp, String key) {
        knownNow.put(stamp, key);
    }

    /** What {@code check} finds in a page's own HTML, computed once per distinct HTML. */
    List<HtmlAllowlist.Violation> content(String html, java.util.function.Function<String, List<HtmlAllowlist.Violation>> check) {
        return contentNow.computeIfAbsent(html, h -> {
            List<HtmlAllowlist.Violation> before = content.get(h);
            return before != null ? before : check.apply(h);
        });
    }

    String key(byte[] page) {
        return Hashing.sha256(secret, salt, page);
    }

    Optional<Verifier.Baked> get(String key) {
        Verifier.Baked b = memory.get(key);
        if (b != null) {
            used.put(key, b);
        }
        return Optional.ofNullable(b);
    }

    Verifier.Baked put(String key, Verifier.Baked baked) {
        memory.put(key, baked);
        used.put(key, baked);
        return baked;
    }

    /** Keeps the results of the last build, and only those, so the cache does not grow with every edit. */
    public void save() throws IOException {
        if (file == null) {
            return;
        }
        memory.keySet().retainAll(used.keySet());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "verified", ".tmp");
        JSON.writeValue(tmp.toFile(), new HashMap<>(used));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The bytes of the classes that read a page, so results of other code are never taken. */
    private static String code() {
        List<byte[]> parts = new java.util.ArrayList<>();
        for (Class<?> c : List.of(Verifier.class, HtmlAllowlist.class, VerifyCache.class)) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                parts.add(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot fingerprint the verifier", e);
            }
        }
        parts.add(String.valueOf(org.jsoup.Jsoup.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
        return Hashing.sha256(parts.toArray(byte[][]::new));
    }
}
