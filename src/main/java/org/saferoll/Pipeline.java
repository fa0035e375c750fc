package org.saferoll;

import org.saferoll.bake.BakeMemory;
import org.saferoll.bake.Baker;
import org.saferoll.load.AsciidocParser;
import org.saferoll.load.ContentLoader;
import org.saferoll.load.DiskCache;
import org.saferoll.load.Site;
import org.saferoll.load.Symlinks;
import org.saferoll.publish.BuildLock;
import org.saferoll.publish.LastPublish;
import org.saferoll.publish.Publisher;
import org.saferoll.publish.SiteRecord;
import org.saferoll.report.Diagnostic;
import org.saferoll.report.Report;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.ValidationCache;
import org.saferoll.validate.Validator;
import org.saferoll.validate.rules.Rules;
import org.saferoll.verify.HtmlAllowlist;
import org.saferoll.verify.VerifyCache;
import org.saferoll.verify.Verifier;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The build, stage by stage: load, validate, bake, verify, publish. Any error stops it before
 * the published site is touched. One pipeline may run many times (the preview does), reusing
 * Asciidoctor and every page whose file did not change.
 */
public final class Pipeline implements AutoCloseable {

    /** What a run did: whether it published, every diagnostic, the pages written, the time taken and per stage, whether it was up to date. */
    public record Outcome(boolean published, List<Diagnostic> diagnostics, int pages, Duration elapsed,
                          Map<String, Duration> stages, boolean upToDate) {
    }

    private final AsciidocParser parser = new AsciidocParser();
    private final ContentLoader loader;
    private boolean drafts;
    /** Reuse what the last build of the same output folder baked, verified and zipped (a warm pipeline or a disk cache). */
    private boolean incremental;
    private final VerifyCache verified = new VerifyCache();
    private final BakeMemory baked = new BakeMemory();
    /** What validate found, kept by a warm pipeline; check loads pages without HTML, so it keeps its own. */
    private final ValidationCache checked = new ValidationCache();
    private final ValidationCache validated = new ValidationCache();
    private Map<String, String> env = System.getenv();
    private List<org.saferoll.validate.Rule> extraRules = List.of();
    /** The last publish of this pipeline, while nothing has run since; a build that matches it is up to date. */
    private LastPublish lastPublish;

    /**
     * @param reusePages keep parsed pages between runs (for the preview); off for one-shot builds
     * @param threads    how many pages to parse at once
     */
    public Pipeline(boolean reusePages, int threads) {
        this.loader = new ContentLoader(parser, threads, reusePages);
        this.incremental = reusePages;
    }

    /** Keeps parse results under {@code dir} between runs; see {@link DiskCache} for why that is safe. */
    public Pipeline withDiskCache(Path dir) {
        loader.withDiskCache(new DiskCache(dir));
        incremental = true;
        return this;
    }

    /**
     * For the preview only: drafts are baked too, with a "not published" banner, and their own
     * problems (a fresh scaffold's TODOs) are reported without stopping the build. A one-shot
     * build never calls this, so it never publishes a draft.
     */
    public Pipeline withDrafts() {
        this.drafts = true;
        return this;
    }

    /** Reads {@code env} instead of the process environment, as a build on GitHub Actions would see it. */
    public Pipeline withEnvironment(Map<String, String> env) {
        this.env = Map.copyOf(env);
        return this;
    }

    /** Runs {@code rules} after the safety rules: the spelling check of {@code --prose}, which the default build leaves out. */
    public Pipeline withExtraRules(List<org.saferoll.validate.Rule> rules) {
        this.extraRules = List.copyOf(rules);
        return this;
    }

    /** Load and validate only: what writers run to check their pages. */
    public Outcome check(BuildOptions options) throws IOException {
        Stopwatch watch = new Stopwatch();
        Report report = new Report();
        Site site = loader.run(ContentLoader.Request.toCheck(options.projectDir()));
        watch.lap("load");
        report.addAll(validator(options, schema(options), checked).run(new Validator.Request(site, false)).diagnostics());
        watch.lap("validate");
        return watch.outcome(false, report, site.pages().size());
    }

    /** How long a build waits for another build of the same folder to finish. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    /**
     * The whole build, one at a time per output folder. It first finishes or undoes a publish
     * that a kill interrupted, so it starts from a complete site.
     */
    public Outcome build(BuildOptions options) throws IOException {
        List<Diagnostic> linked = Symlinks.inOutput(options.projectDir(), options.outputDir());
        if (!linked.isEmpty()) {
            return Stopwatch.refused(linked); // before the lock file, the recovery or any write can go through a link
        }
        try (BuildLock lock = BuildLock.acquire(options.outputDir(), LOCK_WAIT)) {
            publisher(options).recover(options.stagingDir());
            return buildLocked(options);
        } catch (BuildLock.Busy e) {
            return Stopwatch.refused(List.of(Diagnostic.error(options.outputDir().relativize(BuildLock.file(options.outputDir())).toString(), 0,
                    "lock", e.getMessage(), "wait for the other build (or preview) to finish, or stop it, then build again")));
        }
    }

    private Outcome buildLocked(BuildOptions options) throws IOException {
        Stopwatch watch = new Stopwatch();
        String inputs = incremental && extraRules.isEmpty() ? LastPublish.inputs(options.projectDir(), List.of(options, drafts), env) : null;
        Path zip = options.zip() ? options.zipFile() : null;
        if (inputs != null && lastPublish != null && lastPublish.holds(inputs, options.siteDir(), zip)) {
            watch.lap("unchanged"); // the stage the timings print: checking that nothing changed
            return watch.upToDate(lastPublish.diagnostics(), lastPublish.pages());
        }
        lastPublish = null;
        Report report = new Report();
        Site site = loader.run(ContentLoader.Request.toBake(options.projectDir()));
        watch.lap("load");
        SafetySchema schema = schema(options);
        Validator.Validation validation = validator(options, schema, validated).run(new Validator.Request(site, drafts));
        report.addAll(validation.diagnostics());
        watch.lap("validate");
        if (report.fails(options.strict(), validation.blocking())) {
            return watch.outcome(false, report, 0);
        }
        SiteRecord record = incremental ? SiteRecord.of(options.outputDir()) : null;
        Baker baker = new Baker(schema, validation.summaries(), options.threads()).withEnvironment(env);
        if (incremental) {
            baker.reusing(record.previous(options.siteDir())).remembering(baked);
        }
        try (Baker.Staging staging = baker.run(new Baker.Request(site, options.stagingDir(), drafts))) {
            report.addAll(staging.problems());
            watch.lap("bake");
            if (!report.fails(options.strict(), validation.blocking())) {
                Verifier verifier = new Verifier(options.threads(), HtmlAllowlist.of(schema.htmlAllowlistNode()), parser::lineOf);
                if (incremental) {
                    verifier.reusing(verified.of(options.outputDir().resolve(VERIFIED), schema.htmlAllowlistNode().toString()));
                }
                report.addAll(verifier.run(new Verifier.Request(staging.dir(), site)).problems());
            }
            watch.lap("verify");
            if (report.fails(options.strict(), validation.blocking())) {
                return watch.outcome(false, report, 0);
            }
            publisher(options).reusing(record).run(new Publisher.Request(staging.dir(), site, staging.fingerprints()));
            if (incremental) {
                verified.save();
            }
            if (inputs != null) {
                lastPublish = LastPublish.of(inputs, options.siteDir(), zip, report.diagnostics(), staging.pages());
            }
            watch.lap("publish");
            return watch.outcome(true, report, staging.pages());
        }
    }

    /** Where verify's results lie under the output folder. */
    private static final String VERIFIED = ".incremental/verified.json";

    private static SafetySchema schema(BuildOptions options) {
        return SafetySchema.load(options.projectDir().resolve("schema"));
    }

    private Validator validator(BuildOptions options, SafetySchema schema, ValidationCache cache) {
        List<org.saferoll.validate.Rule> rules = new java.util.ArrayList<>(Rules.all());
        rules.addAll(extraRules);
        // The spelling rule of the preview checks whichever page was saved last, which no key sees: never reuse with it.
        return new Validator(schema, rules, options.today(), options.threads())
                .reusing(incremental && extraRules.isEmpty() ? cache : new ValidationCache());
    }

    private static Publisher publisher(BuildOptions options) {
        return new Publisher(options.siteDir(), options.zip() ? options.zipFile() : null);
    }

    @Override
    public void close() {
        parser.close();
    }
}
