package org.saferoll.bake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a warm pipeline's bakes keep from one run to the next, so a build after a one-page edit
 * does not redo per-page work for the pages that did not change: the SHA-256 of each long text a
 * fingerprint covers (page bodies, the shared navigation) and each page body's search sections.
 *
 * <p>Why an entry cannot answer for other input: it is keyed by the text itself (compared by
 * content, not by a hash of it) and holds what a pure function made of that text. Only what the
 * last bake used is kept, so memory stays one build's worth however many edits a preview sees.
 */
public final class BakeMemory {
    private final Generations<byte[]> digests = new Generations<>();
    private final Generations<List<SearchIndex.Section>> sections = new Generations<>();

    /** Starts a bake: what the previous bake used stays available, the rest is dropped. */
    void startBake() {
        digests.next();
        sections.next();
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes. */
    byte[] digest(String text) {
        return digests.get(text, BakeMemory::sha256);
    }

    /** The search sections of a page body; see {@link SearchIndex#sections}. */
    List<SearchIndex.Section> sections(String html) {
        return sections.get(html, SearchIndex::sections);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Values of the bake running now and of the one before; pages bake on several threads. */
    private static final class Generations<V> {
        private volatile Map<String, V> previous = Map.of();
        private volatile Map<String, V> current = new ConcurrentHashMap<>();

        void next() {
            previous = current;
            current = new ConcurrentHashMap<>();
        }

        V get(String key, Function<String, V> compute) {
            return current.computeIfAbsent(key, k -> {
                V before = previous.get(k);
                return before != null ? before : compute.apply(k);
            });
        }
    }
}
