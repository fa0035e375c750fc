package org.saferoll.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.time.Duration;

/** The lock a daemon holds while it serves its project, so two never serve one project at once. */
final class ProjectLock {
    /** How long a new daemon waits for the one it replaces to let go of the project. */
    private static final Duration TAKE_OVER_WAIT = Duration.ofMinutes(1);

    private ProjectLock() {
    }

    /**
     * Takes the lock once the daemon being replaced has let it go; null when another daemon keeps
     * listening (two clients started one at once) or does not let go in time.
     */
    static FileLock take(FileChannel lockFile, DaemonPaths paths) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TAKE_OVER_WAIT.toNanos();
        while (true) {
            FileLock lock = lockFile.tryLock();
            if (lock != null || System.nanoTime() > deadline || Sockets.listening(paths)) {
                return lock;
            }
            Thread.sleep(50);
        }
    }
}
