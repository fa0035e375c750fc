package org.saferoll.serve;

import org.saferoll.BuildOptions;

import java.io.IOException;
import java.io.PrintStream;

/** Placeholder until the live preview lands; see issue 6. */
public final class PreviewServer {
    private final PrintStream err;

    public PreviewServer(BuildOptions options, int port, PrintStream out, PrintStream err) {
        this.err = err;
    }

    public int runUntilStopped() throws IOException {
        err.println("saferoll: the preview is not available yet");
        return 2;
    }
}
