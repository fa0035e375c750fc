package org.saferoll.cli;

import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;

/** The pipeline a one-shot command runs. */
final class Pipelines {
    private Pipelines() {
    }

    /** Unchanged pages come from target/.cache unless {@code noCache}. */
    static Pipeline oneShot(BuildOptions options, boolean noCache) {
        Pipeline pipeline = new Pipeline(false, options.threads());
        return noCache ? pipeline : pipeline.withDiskCache(options.outputDir().resolve(".cache"));
    }
}
