package org.saferoll.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The client's ways to a daemon: connect to the one listening, start one, wait for one to go. */
final class Sockets {
    /** How long a new daemon may take to listen: generous, since the machine may be busy. */
    private static final Duration START_WAIT = Duration.ofMinutes(2);

    private Sockets() {
    }

    static Optional<SocketChannel> connect(DaemonPaths paths) {
        if (!Files.exists(paths.socket())) {
            return Optional.empty();
        }
        try {
            return Optional.of(SocketChannel.open(UnixDomainSocketAddress.of(paths.socket())));
        } catch (IOException stale) {
            return Optional.empty(); // a socket file its daemon left behind (killed): the next daemon replaces it
        }
    }

    /** Whether a daemon listens on the socket. */
    static boolean listening(DaemonPaths paths) {
        Optional<SocketChannel> channel = connect(paths);
        channel.ifPresent(c -> {
            try {
                c.close();
            } catch (IOException ignored) {
                // it answered, which is all this asks
            }
        });
        return channel.isPresent();
    }

    /** Starts a daemon in a session of its own (so the terminal's Ctrl-C does not reach it) and connects once it listens. */
    static Optional<SocketChannel> start(Launch launch, Path project, Map<String, String> env, DaemonPaths paths, PrintStream err)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(launch.javaHome(), "bin", "java").toString());
        Arrays.stream(launch.flags().strip().split("\\s+")).filter(f -> !f.isEmpty()).forEach(command::add);
        command.addAll(List.of("-Dsaferoll.daemon.flags=" + launch.flags().strip(), "-cp", launch.classpath(),
                "org.saferoll.daemon.DaemonServer"));
        if (!Files.exists(paths.log())) {
            Files.createFile(paths.log(), PosixFilePermissions.asFileAttribute(DaemonPaths.USER_ONLY_FILE));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(paths.log().toFile()));
        builder.environment().clear();
        builder.environment().putAll(env); // the daemon's own settings (folder, idle time) and SOURCE_DATE_EPOCH, as the client has them
        Process daemon = builder.start();
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SocketChannel> channel = connect(paths);
            if (channel.isPresent()) {
                return channel;
            }
            if (!daemon.isAlive() && daemon.exitValue() != 0) {
                err.println("saferoll: the build daemon did not start (see " + paths.log() + "); building in this process");
                return Optional.empty();
            }
            pause();
        }
        err.println("saferoll: the build daemon did not answer within " + START_WAIT.toSeconds() + " s; building in this process");
        return Optional.empty();
    }

    /** Waits for a stopping daemon to let its socket go, so the next one can take it. */
    static void awaitGone(DaemonPaths paths) {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (Files.exists(paths.socket()) && System.nanoTime() < deadline) {
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the build daemon", e);
        }
    }
}
