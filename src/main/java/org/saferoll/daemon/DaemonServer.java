package org.saferoll.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The daemon: listens on the project's socket ({@link Listener}), answers each connection
 * ({@link Requests}), runs one command at a time with warm pipelines ({@link CommandRunner}), and
 * stops when idle ({@link IdleStop}), when asked to ({@link Control}), or when a client of another
 * identity comes (new code, flags or pom.xml), which then starts a fresh daemon. A kill mid-build is
 * safe: the build publishes by an atomic swap under a lock, and the next build finishes or undoes it.
 */
public final class DaemonServer {
    private final Path project;
    private final DaemonPaths paths;
    private final Duration idle;
    private final IdleStop idleStop;
    private final CommandRunner runner;
    private final Requests requests;
    private volatile Listener listener;

    DaemonServer(Path project, DaemonPaths paths, String key, Duration idle) {
        this.project = project;
        this.paths = paths;
        this.idle = idle;
        this.idleStop = new IdleStop(idle, () -> {
            DaemonLog.log("stopping: idle for " + idle.toSeconds() + " s");
            stop();
        });
        this.runner = new CommandRunner(idleStop);
        this.requests = new Requests(project, key, new Control(project, paths, key, idle, runner::commands, this::stop), runner, this::stop);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path project = Path.of("").toRealPath();
        Map<String, String> env = System.getenv();
        String key = Identity.key(System.getProperty("java.home"), System.getProperty("saferoll.daemon.flags", ""),
                System.getProperty("java.class.path"), project, env);
        new DaemonServer(project, DaemonPaths.of(project, env).secured(), key, IdleStop.time(env)).serve();
        System.exit(0);
    }

    /** Serves until idle, stopped or replaced; returns at once when another daemon keeps the project. */
    void serve() throws IOException, InterruptedException {
        try (FileChannel lockFile = FileChannel.open(paths.lock(), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(DaemonPaths.USER_ONLY_FILE))) {
            FileLock lock = ProjectLock.take(lockFile, paths);
            if (lock == null) {
                return; // another daemon serves this project (two clients started one at once)
            }
            try (Listener listening = Listener.bind(paths.socket())) {
                listener = listening;
                DaemonLog.log("pid " + ProcessHandle.current().pid() + " listening on " + paths.socket() + " for " + project
                        + ", stopping after " + idle.toSeconds() + " s idle");
                idleStop.arm();
                listening.acceptUntilClosed(requests::handle);
            } finally {
                runner.close(); // a command still running finishes first
                Files.deleteIfExists(paths.socket());
                lock.release();
            }
        }
        DaemonLog.log("stopped");
    }

    /** Stops accepting; a command already running finishes (see {@link #serve}). */
    private void stop() {
        Listener current = listener;
        if (current != null) {
            current.close();
        }
    }

    static Thread daemonThread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
