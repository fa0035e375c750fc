package org.saferoll.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where the daemon of one project listens: a socket in a folder only the user can open, named by a
 * hash of the project's real path so each project has its own daemon and the path stays far below
 * the ~100 characters a socket address may have.
 *
 * @param dir    the user's daemon folder (0700): {@code $SAFEROLL_DAEMON_DIR}, else
 *               {@code $XDG_RUNTIME_DIR/saferoll}, else {@code saferoll-<uid>} in the
 *               system's temporary folder ({@code java.io.tmpdir})
 * @param socket the socket (0600)
 * @param lock   held by the running daemon, so two never serve one project
 * @param log    the daemon's own output (JVM warnings, a crash)
 */
record DaemonPaths(Path dir, Path socket, Path lock, Path log) {
    static final Set<PosixFilePermission> USER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> USER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /** Linux allows 108 bytes in a socket address, macOS 104. */
    private static final int MAX_SOCKET_PATH = 100;
    private static final int GROUP_OR_OTHERS_WRITE = 0022;
    private static final int STICKY = 01000;

    /** Thrown when the folder is not the user's alone, so neither a daemon nor a client may use it. */
    static final class UnsafeFolderException extends IOException {
        UnsafeFolderException(String message) {
            super(message);
        }
    }

    static DaemonPaths of(Path project, Map<String, String> env) throws IOException {
        Path dir = folder(env);
        String name = hash(project.toRealPath().toString()).substring(0, 16);
        DaemonPaths paths = new DaemonPaths(dir, dir.resolve(name + ".sock"), dir.resolve(name + ".lock"), dir.resolve(name + ".log"));
        if (paths.socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            throw new UnsafeFolderException("the daemon's socket path is too long for a socket: " + paths.socket);
        }
        return paths;
    }

    private static Path folder(Map<String, String> env) {
        String named = env.get("SAFEROLL_DAEMON_DIR");
        if (named != null && !named.isBlank()) {
            return Path.of(named).toAbsolutePath();
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "saferoll");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "saferoll-" + uid());
    }

    /**
     * Creates the folder user-only, or checks that the one there is a real folder (not a link)
     * owned by this user that no one else can open: in a shared /tmp another user could have made
     * it first, to plant a socket of their own.
     */
    DaemonPaths secured() throws IOException {
        checkParents();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            // Parents made here are user-only too (the umask can only take bits away), so the next
            // run's check of the parents passes whatever the umask lets a group write.
            Files.createDirectories(dir.getParent(), PosixFilePermissions.asFileAttribute(USER_ONLY_DIR));
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(USER_ONLY_DIR));
                // The umask may have taken some away. Only on the folder made here: whatever took the
                // name meanwhile may be another user's link, and chmod follows links.
                Files.setPosixFilePermissions(dir, USER_ONLY_DIR);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another client made it meanwhile; checked below like any existing folder
            }
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeFolderException(dir + " is not a folder");
        }
        Object owner = Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (!Long.valueOf(uid()).equals(((Number) owner).longValue())) {
            throw new UnsafeFolderException(dir + " belongs to another user");
        }
        if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(USER_ONLY_DIR)) {
            throw new UnsafeFolderException(dir + " can be opened by other users (it must be rwx------)");
        }
        return this;
    }

    /**
     * Checks every folder above {@link #dir}, as written and as the links in it resolve, as ssh does
     * for its keys: a folder that another user owns or can write lets them rename the daemon folder
     * away and put their own in its place, however strict that folder's own permissions are. A
     * world-writable folder with the sticky bit (the shared /tmp) is safe: there only an entry's
     * owner can rename it.
     */
    private void checkParents() throws IOException {
        Set<Path> parents = new LinkedHashSet<>();
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            parents.add(p);
        }
        Path existing = dir.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent(); // created below, by this user, user-only or by the umask
        }
        for (Path p = existing == null ? null : existing.toRealPath(); p != null; p = p.getParent()) {
            parents.add(p);
        }
        for (Path parent : parents) {
            if (!Files.exists(parent)) {
                continue;
            }
            long owner = ((Number) Files.getAttribute(parent, "unix:uid")).longValue();
            int mode = (Integer) Files.getAttribute(parent, "unix:mode");
            boolean othersWrite = (mode & GROUP_OR_OTHERS_WRITE) != 0;
            boolean sticky = (mode & STICKY) != 0;
            if ((owner != 0 && owner != uid()) || (othersWrite && !sticky)) {
                throw new UnsafeFolderException(parent + " (above the daemon folder " + dir + ") "
                        + (owner != 0 && owner != uid() ? "belongs to another user" : "can be written by other users")
                        + ", who could swap the daemon folder; set SAFEROLL_DAEMON_DIR to a folder whose parents only you or root own and can write");
            }
        }
    }

    static long uid() {
        return new com.sun.security.auth.module.UnixSystem().getUid();
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
