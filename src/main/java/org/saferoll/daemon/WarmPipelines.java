package org.saferoll.daemon;

import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;
import org.saferoll.cli.PipelineSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The daemon's pipelines: one per output folder and thread count, kept across commands with
 * Asciidoctor started, the parsed pages and the disk cache, so a command re-parses only what
 * changed. {@code --no-cache} still gets a fresh pipeline, as it asks.
 */
final class WarmPipelines implements PipelineSource, AutoCloseable {
    private record Key(Path outputDir, int threads) {
    }

    private final Map<Key, Pipeline> warm = new HashMap<>();

    @Override
    public synchronized Pipeline open(BuildOptions options, boolean noCache, Map<String, String> env) {
        if (noCache) {
            return ONE_SHOT.open(options, true, env);
        }
        return warm.computeIfAbsent(new Key(options.outputDir(), options.threads()),
                        k -> new Pipeline(true, k.threads()).withDiskCache(k.outputDir().resolve(".cache")))
                .withEnvironment(env);
    }

    @Override
    public synchronized void release(Pipeline pipeline) {
        if (!warm.containsValue(pipeline)) {
            pipeline.close();
        }
    }

    @Override
    public synchronized void close() {
        warm.values().forEach(Pipeline::close);
        warm.clear();
    }
}
