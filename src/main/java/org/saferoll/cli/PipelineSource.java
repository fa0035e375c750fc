package org.saferoll.cli;

import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;

import java.util.Map;

/**
 * Where {@code build} and {@code check} get their pipeline: a fresh one per command in a one-shot
 * process, or one kept warm across commands in the build daemon ({@code org.saferoll.daemon}).
 */
public interface PipelineSource {

    /** A fresh pipeline per command, closed when the command ends; unchanged pages come from target/.cache unless {@code noCache}. */
    PipelineSource ONE_SHOT = new PipelineSource() {
        @Override
        public Pipeline open(BuildOptions options, boolean noCache, Map<String, String> env) {
            Pipeline pipeline = new Pipeline(false, options.threads()).withEnvironment(env);
            return noCache ? pipeline : pipeline.withDiskCache(options.outputDir().resolve(".cache"));
        }

        @Override
        public void release(Pipeline pipeline) {
            pipeline.close();
        }
    };

    /** The pipeline for one command, reading {@code env} as the command's environment. */
    Pipeline open(BuildOptions options, boolean noCache, Map<String, String> env);

    /** Called once the command is done with the pipeline {@link #open} gave it. */
    void release(Pipeline pipeline);
}
