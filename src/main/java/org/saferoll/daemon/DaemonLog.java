package org.saferoll.daemon;

import java.time.Instant;

/** The daemon's own lines in its log (its stderr, which the client sends to {@link DaemonPaths#log}). */
final class DaemonLog {
    private DaemonLog() {
    }

    static void log(String message) {
        System.err.println(Instant.now() + " saferoll daemon: " + message);
    }
}
