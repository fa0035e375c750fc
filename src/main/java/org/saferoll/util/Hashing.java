package org.saferoll.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256, as lowercase hex. */
public final class Hashing {
    private Hashing() {
    }

    /** The SHA-256 of the parts, one after the other, in hex. */
    public static String sha256(byte[]... parts) {
        MessageDigest md = sha256();
        for (byte[] part : parts) {
            md.update(part);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The SHA-256 of {@code roots} as they lie under {@code base}: every entry's path and kind, each
     * file's bytes and each link's target (links are not followed), and which roots are missing.
     * Equal digests, equal trees; an entry that cannot be read makes a digest no other call gives.
     */
    public static String tree(Path base, List<Path> roots) {
        MessageDigest md = sha256();
        for (Path root : roots) {
            update(md, base.relativize(root).toString());
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                update(md, "missing");
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted().toList()) {
                    update(md, base.relativize(p).toString().replace('\\', '/'));
                    if (Files.isSymbolicLink(p)) {
                        update(md, "link " + Files.readSymbolicLink(p));
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        byte[] bytes = Files.readAllBytes(p);
                        update(md, "file " + bytes.length);
                        md.update(bytes);
                    } else {
                        update(md, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : "other");
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                update(md, "unreadable " + System.nanoTime() + " " + e);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void update(MessageDigest md, String part) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
