package org.saferoll;

import org.saferoll.bake.Baker;
import org.saferoll.load.AsciidocParser;
import org.saferoll.load.ContentLoader;
import org.saferoll.load.DiskCache;
import org.saferoll.load.Site;
import org.saferoll.publish.Publisher;
import org.saferoll.report.Diagnostic;
import org.saferoll.report.Report;
import org.saferoll.validate.SafetySchema;
import org.saferoll.validate.Validator;
import org.saferoll.verify.Verifier;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The build, stage by stage: load, validate, bake, verify, publish. Any error stops it before
 * the published site is touched. One pipeline may run many times (the preview does), reusing
 * Asciidoctor and every page whose file did not change.
 */
public final class Pipeline implements AutoCloseable {

    /** What a run did: whether it published, every diagnostic, the pages written, the time taken and per stage. */
    public record Outcome(boolean published, List<Diagnostic> diagnostics, int pages, Duration elapsed,
                          java.util.Map<String, Duration> stages) {
    }

    /** Times the stages of one run, in the order they ran. */
    private static final class Stopwatch {
        private final java.util.Map<String, Duration> stages = new java.util.LinkedHashMap<>();
        private final long start = System.nanoTime();
        private long last = start;

        void lap(String stage) {
            long now = System.nanoTime();
            stages.put(stage, Duration.ofNanos(now - last));
            last = now;
        }

        Outcome outcome(boolean published, Report report, int pages) {
            return new Outcome(published, report.diagnostics(), pages, Duration.ofNanos(System.nanoTime() - start), stages);
        }
    }

    private final AsciidocParser parser = new AsciidocParser();
    private final ContentLoader loader;

    /**
     * @param reusePages keep parsed pages between runs (for the preview); off for one-shot builds
     * @param threads    how many pages to parse at once
     */
    public Pipeline(boolean reusePages, int threads) {
        this.loader = new ContentLoader(parser, threads, reusePages);
    }

    /** Keeps parse results under {@code dir} between runs; see {@link DiskCache} for why that is safe. */
    public Pipeline withDiskCache(java.nio.file.Path dir) {
        loader.withDiskCache(new DiskCache(dir));
        return this;
    }

    /** Load and validate only: what writers run to check their pages. */
    public Outcome check(BuildOptions options) throws IOException {
        Stopwatch watch = new Stopwatch();
        Report report = new Report();
        Site site = loader.loadForCheck(options.projectDir());
        watch.lap("load");
        report.addAll(validator(options).validate(site));
        watch.lap("validate");
        return watch.outcome(false, report, site.pages().size());
    }

    /** The whole build. */
    public Outcome build(BuildOptions options) throws IOException {
        Stopwatch watch = new Stopwatch();
        Report report = new Report();
        SafetySchema schema = SafetySchema.load(options.projectDir().resolve("schema"));
        Site site = loader.load(options.projectDir());                                   // load
        watch.lap("load");
        Validator validator = Validator.standard(schema, options.today());
        report.addAll(validator.validate(site));                                           // validate
        watch.lap("validate");
        if (report.fails(options.strict())) {
            return watch.outcome(false, report, 0);
        }
        Publisher.deleteTree(options.stagingDir());
        try {
            Baker.Result baked = new Baker(schema, validator.summaries(), options.threads())
                    .bake(site, options.stagingDir());                                       // bake
            report.addAll(baked.problems());
            watch.lap("bake");
            if (!report.fails(options.strict())) {
                report.addAll(new Verifier(options.threads()).verify(options.stagingDir(), site));           // verify
            }
            watch.lap("verify");
            if (report.fails(options.strict())) {
                return watch.outcome(false, report, 0);
            }
            new Publisher(options.siteDir(), options.zip() ? options.zipFile() : null)
                    .publish(options.stagingDir(), zipDate(site));                                  // publish
            watch.lap("publish");
            return watch.outcome(true, report, baked.pages());
        } finally {
            Publisher.deleteTree(options.stagingDir());
        }
    }

    private Validator validator(BuildOptions options) {
        return Validator.standard(SafetySchema.load(options.projectDir().resolve("schema")), options.today());
    }

    /** The zip's timestamp: SOURCE_DATE_EPOCH when set, else the newest review date in the content. */
    static LocalDate zipDate(Site site) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return site.published().stream().map(p -> p.header().value("reviewed-on"))
                .filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}")).max(String::compareTo)
                .map(LocalDate::parse).orElse(LocalDate.of(1980, 1, 1));
    }

    @Override
    public void close() {
        parser.close();
    }
}
