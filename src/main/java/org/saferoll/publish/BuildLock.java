package org.saferoll.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One build at a time per output folder: two builds sharing {@code target/} would delete each
 * other's staging folder and report false errors. The lock is the operating system's, so it is
 * released when the process ends, however it ends; a second build waits for it.
 */
public final class BuildLock implements AutoCloseable {
    /** Thrown when the other build still holds the lock after the wait. */
    public static final class Busy extends Exception {
        Busy(String message) {
            super(message);
        }
    }

    /**
     * Builds in this process queue here first and only the holder opens the lock file: on Linux,
     * closing any channel to a file drops every lock the process holds on it.
     */
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private BuildLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of builds writing into {@code outputDir}. */
    public static Path file(Path outputDir) {
        return outputDir.resolve(".build.lock");
    }

    /** Takes the lock of {@code outputDir}, waiting up to {@code wait} for a build that holds it. */
    public static BuildLock acquire(Path outputDir, Duration wait) throws IOException, Busy {
        Files.createDirectories(outputDir);
        Path file = file(outputDir).toAbsolutePath().normalize();
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore local = IN_PROCESS.computeIfAbsent(file, f -> new Semaphore(1));
        try {
            if (!local.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(outputDir, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting for another build to finish");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new BuildLock(local, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(outputDir, wait);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel, local);
            throw new Busy("interrupted while waiting for another build to finish");
        } catch (IOException | Busy | RuntimeException e) {
            close(channel, local);
            throw e;
        }
    }

    private static Busy busy(Path outputDir, Duration wait) {
        return new Busy("another build is still writing to " + outputDir + " after " + wait.toSeconds() + " s of waiting");
    }

    private static void close(FileChannel channel, Semaphore local) throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            local.release();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } finally {
            close(channel, local);
        }
    }
}
