package org.saferoll.daemon;

import org.saferoll.cli.SafeRoll;
import org.saferoll.daemon.Protocol.Replies;
import org.saferoll.daemon.Protocol.Request;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the clients' commands one at a time through the command line with the warm pipelines, and
 * keeps the idle timer stopped while one runs.
 */
final class CommandRunner implements AutoCloseable {
    private final WarmPipelines pipelines = new WarmPipelines();
    private final Object oneAtATime = new Object();
    private final IdleStop idleStop;
    private final AtomicInteger commands = new AtomicInteger();

    CommandRunner(IdleStop idleStop) {
        this.idleStop = idleStop;
    }

    void run(Request request, Replies replies) {
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
                commands.incrementAndGet();
                replies.exit(status);
            } finally {
                idleStop.arm();
            }
        }
    }

    /** How many commands have run, for {@code daemon status}; answered while a command runs. */
    int commands() {
        return commands.get();
    }

    /** Waits for the command still running, then lets the warm pipelines go. */
    @Override
    public void close() {
        synchronized (oneAtATime) {
            pipelines.close();
        }
    }
}
