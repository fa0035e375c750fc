package org.saferoll.daemon;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Stops the daemon once no command has run for a while, so an idle one does not hold memory for ever. */
final class IdleStop {
    private final Duration idle;
    private final Runnable stop;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> DaemonServer.daemonThread(r, "saferoll-idle"));
    private ScheduledFuture<?> pending;

    /** {@code SAFEROLL_DAEMON_IDLE} seconds (the tests set it), else an hour. */
    static Duration time(Map<String, String> env) {
        String seconds = env.getOrDefault("SAFEROLL_DAEMON_IDLE", "");
        return seconds.matches("\\d{1,9}") ? Duration.ofSeconds(Long.parseLong(seconds)) : Duration.ofHours(1);
    }

    IdleStop(Duration idle, Runnable stop) {
        this.idle = idle;
        this.stop = stop;
    }

    /** Starts counting: called when the daemon starts listening and after each command. */
    synchronized void arm() {
        cancel();
        pending = timer.schedule(stop, idle.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A command is running: it is not idle. */
    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
