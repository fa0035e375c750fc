package org.saferoll.daemon;

import org.saferoll.daemon.Protocol.Replies;
import org.saferoll.daemon.Protocol.Request;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;

/** Answers {@code daemon stop} (stops the daemon) and {@code daemon status} (what it is and where its files are). */
final class Control {
    private final Path project;
    private final DaemonPaths paths;
    private final String key;
    private final Duration idle;
    private final IntSupplier commands;
    private final Runnable stop;
    private final long started = System.nanoTime();

    Control(Path project, DaemonPaths paths, String key, Duration idle, IntSupplier commands, Runnable stop) {
        this.project = project;
        this.paths = paths;
        this.key = key;
        this.idle = idle;
        this.commands = commands;
        this.stop = stop;
    }

    void answer(Request request, Replies replies) {
        if (request.args().equals(List.of("daemon", "stop"))) {
            replies.println("Stopping the build daemon (pid " + ProcessHandle.current().pid() + ")");
            replies.exit(0);
            DaemonLog.log("stopping: asked to");
            stop.run();
            return;
        }
        long minutes = Duration.ofNanos(System.nanoTime() - started).toMinutes();
        replies.println("Build daemon for " + project + ": pid " + ProcessHandle.current().pid() + ", up "
                + minutes + " min, " + commands.getAsInt() + " commands run, stops after " + idle.toMinutes() + " min idle"
                + (request.key().equals(key) ? "" : "; it runs other code, flags or pom.xml than this checkout, "
                + "so the next build replaces it") + "\n  socket: " + paths.socket() + "\n  log: " + paths.log());
        replies.exit(0);
    }
}
