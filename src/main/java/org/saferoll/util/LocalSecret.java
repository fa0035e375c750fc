package org.saferoll.util;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * A random key that never leaves this machine's user, mixed into the name of every cache entry.
 *
 * <p>Why: the caches under {@code target/} say "these bytes were already parsed / checked and were
 * fine". A pull request can commit files under {@code target/} (ignoring is only advice to git),
 * and the code that computes a cache key is public, so without a secret a planted entry could vouch
 * for a page it never saw. With the key mixed in, only entries this user's builds wrote can ever
 * match; anything else is simply a miss, and the page is parsed and checked again.
 */
public final class LocalSecret {
    private static final int BYTES = 32;
    private static volatile byte[] cached;

    private LocalSecret() {
    }

    /**
     * This user's key, from {@code $XDG_CACHE_HOME/saferoll/secret} (or {@code ~/.cache/...}),
     * made on first use and readable by the user alone. Where it cannot be kept, a key for this
     * process only: caches then miss, which costs time, never safety.
     */
    public static byte[] get() {
        byte[] key = cached;
        if (key == null) {
            synchronized (LocalSecret.class) {
                key = cached;
                if (key == null) {
                    key = load(file());
                    cached = key;
                }
            }
        }
        return key.clone();
    }

    static Path file() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("saferoll").resolve("secret");
    }

    static byte[] load(Path file) {
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length == BYTES) {
                    return key;
                }
            }
            return create(file);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fresh();
        }
    }

    private static byte[] create(Path file) throws IOException {
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        }
        byte[] key = fresh();
        Path tmp = posix
                ? Files.createTempFile(dir, "secret", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "secret", ".tmp");
        Files.write(tmp, key);
        try {
            // A link fails when the name exists (a rename would replace it): of two first builds at
            // once, whichever lands first gives the key both use from then on.
            Files.createLink(file, tmp);
        } catch (FileAlreadyExistsException e) {
            // the other build's key is kept
        } finally {
            Files.deleteIfExists(tmp);
        }
        byte[] kept = Files.readAllBytes(file);
        return kept.length == BYTES ? kept : key;
    }

    private static byte[] fresh() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
