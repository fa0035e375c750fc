package org.saferoll.daemon;

import org.saferoll.cli.SafeRoll;
import org.saferoll.daemon.Protocol.Refusal;
import org.saferoll.daemon.Protocol.Replies;
import org.saferoll.daemon.Protocol.Request;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The daemon: listens on the project's socket, runs one command at a time through the command
 * line with {@link WarmPipelines}, and stops when idle ({@link IdleStop}), when asked to ({@code daemon stop}), or when a client of another identity
 * comes (new code, flags or pom.xml), which then starts a fresh daemon. A kill mid-build is safe:
 * the build publishes by an atomic swap under a lock, and the next build finishes or undoes it.
 */
public final class DaemonServer {
    /** How long a new daemon waits for the one it replaces to let go of the project. */
    private static final Duration TAKE_OVER_WAIT = Duration.ofSeconds(60);

    private final Path project;
    private final DaemonPaths paths;
    private final String key;
    private final Duration idle;
    private final WarmPipelines pipelines = new WarmPipelines();
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> daemonThread(r, "saferoll-connection"));
    private final Object oneAtATime = new Object();
    private final long started = System.nanoTime();
    private ServerSocketChannel server;
    private final IdleStop idleStop;
    private int commands;

    DaemonServer(Path project, DaemonPaths paths, String key, Duration idle) {
        this.project = project;
        this.paths = paths;
        this.key = key;
        this.idle = idle;
        this.idleStop = new IdleStop(idle, () -> {
            log("stopping: idle for " + idle.toSeconds() + " s");
            stop();
        });
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
        try (FileChannel lockFile = FileChannel.open(paths.lock(), java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(DaemonPaths.USER_ONLY_FILE))) {
            FileLock lock = takeOver(lockFile);
            if (lock == null) {
                return; // another daemon serves this project (two clients started one at once)
            }
            Files.deleteIfExists(paths.socket()); // left by a daemon that was killed
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(paths.socket()));
                Files.setPosixFilePermissions(paths.socket(), DaemonPaths.USER_ONLY_FILE);
                log("pid " + ProcessHandle.current().pid() + " listening on " + paths.socket() + " for " + project + ", stopping after " + idle.toSeconds() + " s idle");
                idleStop.arm();
                acceptUntilClosed();
            } finally {
                server.close();
                synchronized (oneAtATime) { // a command still running finishes first
                    Files.deleteIfExists(paths.socket());
                    pipelines.close();
                }
                lock.release();
            }
        }
        log("stopped");
    }

    private FileLock takeOver(FileChannel lockFile) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TAKE_OVER_WAIT.toNanos();
        while (true) {
            FileLock lock = lockFile.tryLock();
            if (lock != null || System.nanoTime() > deadline || Sockets.listening(paths)) {
                return lock;
            }
            Thread.sleep(50);
        }
    }

    private void acceptUntilClosed() throws IOException {
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException stopped) {
                return;
            }
            connections.execute(() -> handle(client));
        }
    }

    private void handle(SocketChannel client) {
        try (client) {
            Request request = Request.read(new DataInputStream(Channels.newInputStream(client)));
            Replies replies = new Replies(Channels.newOutputStream(client));
            if (!request.args().isEmpty() && request.args().get(0).equals("daemon")) {
                control(request, replies);
            } else if (!request.key().equals(key)) {
                replies.refuse(Refusal.IDENTITY, "this daemon runs other code, flags or pom.xml; it stops");
                log("stopping: a client of another identity came");
                stop();
            } else if (!request.cwd().equals(project.toString())) {
                replies.refuse(Refusal.PROJECT, "this daemon serves " + project);
            } else if (DaemonClient.bypass(request.args(), request.env()).isPresent()) {
                replies.refuse(Refusal.CI, "not for a daemon: " + DaemonClient.bypass(request.args(), request.env()).get());
            } else {
                run(request, replies);
            }
        } catch (IOException | RuntimeException e) {
            log("connection failed: " + e);
        }
    }

    private void run(Request request, Replies replies) {
        synchronized (oneAtATime) {
            idleStop.cancel();
            try (PrintStream out = new PrintStream(replies.stream(Protocol.STDOUT), true, StandardCharsets.UTF_8);
                 PrintStream err = new PrintStream(replies.stream(Protocol.STDERR), true, StandardCharsets.UTF_8)) {
                int status;
                try {
                    status = new SafeRoll(out, err, request.env(), pipelines).run(request.args().toArray(String[]::new));
                } catch (RuntimeException | Error e) { // SafeRoll.run reports the command's own failures; this is ours
                    err.println("saferoll: internal error in the build daemon: " + e + " (try again with --no-daemon)");
                    status = 3;
                }
                out.flush();
                err.flush();
                commands++;
                replies.exit(status);
            } finally {
                idleStop.arm();
            }
        }
    }

    private void control(Request request, Replies replies) {
        if (request.args().equals(java.util.List.of("daemon", "stop"))) {
            replies.println(("Stopping the build daemon (pid " + ProcessHandle.current().pid() + ")"));
            replies.exit(0);
            log("stopping: asked to");
            stop();
            return;
        }
        long minutes = Duration.ofNanos(System.nanoTime() - started).toMinutes();
        replies.println(("Build daemon for " + project + ": pid " + ProcessHandle.current().pid() + ", up "
                + minutes + " min, " + commands + " commands run, stops after " + idle.toMinutes() + " min idle"
                + (request.key().equals(key) ? "" : "; it runs other code, flags or pom.xml than this checkout, "
                + "so the next build replaces it") + "\n  socket: " + paths.socket() + "\n  log: " + paths.log()));
        replies.exit(0);
    }

    /** Stops accepting; a command already running finishes (see {@link #serve}). */
    private void stop() {
        try {
            server.close();
        } catch (IOException e) {
            log("closing the socket: " + e);
        }
    }

    static Thread daemonThread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void log(String message) {
        System.err.println(java.time.Instant.now() + " saferoll daemon: " + message);
    }
}
