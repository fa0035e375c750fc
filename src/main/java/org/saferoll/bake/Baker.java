package org.saferoll.bake;

import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.saferoll.load.Page;
import org.saferoll.load.Site;
import org.saferoll.load.SiteUrls;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.RuleSummary;
import org.saferoll.schema.SafetySchema;
import org.saferoll.util.Parallel;
import org.saferoll.util.ProjectPaths;
import org.saferoll.util.Trees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bake stage: JBake turns validated pages into HTML with the Freemarker templates.
 *
 * <p>JBake's configuration, Freemarker template engine, renderer and asset copier do the work.
 * Its parser is not used: each page's {@link DocumentModel} is built from the page the load stage
 * already parsed, so no file is read twice and JBake's own AsciiDoc engine (which forces UNSAFE
 * mode) never runs. Its database is not needed either: navigation comes from {@link Navigation},
 * computed once, instead of queries per page. Pages render on several threads when asked to.
 *
 * <p>Long because baking is one JBake session: configuration, the jobs of content and generated pages,
 * rendering them (a template error reported once for all the pages it broke), assets and machine files.
 */
public final class Baker {
    /**
     * What baking produced: the staging folder, the pages written and any template problems.
     * Closing it removes the staging folder, whatever happened to it afterwards.
     */
    public record Staging(Path dir, int pages, List<Diagnostic> problems, Map<String, String> fingerprints, int rendered)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            Trees.delete(dir);
        }
    }

    static {
        // Template errors are reported as path:line diagnostics; Freemarker's own log would repeat them with stack traces.
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    private final SafetySchema schema;
    private final List<RuleSummary> rules;
    private final int threads;

    /** Where a file baked before from the same fingerprint lies, if anywhere; see {@link Fingerprint}. */
    public interface Previous {
        /** The file baked before at {@code uri} from {@code fingerprint}, when it is still as it was written. */
        Optional<Path> file(String uri, String fingerprint);

        /** The file published before at {@code uri}, whatever it was made from. */
        Optional<Path> published(String uri);
    }

    /** Whether {@link #reusing} was called: only then are fingerprints worth their hashing (a fifth of a cold bake). */
    private boolean reuse;
    private Previous previous = new Previous() {
        @Override
        public Optional<Path> file(String uri, String fingerprint) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> published(String uri) {
            return Optional.empty();
        }
    };

    /**
     * Takes each page whose fingerprint {@code previous} knows from there (as a hard link) instead of
     * rendering it again; the staged site is the same either way.
     */
    public Baker reusing(Previous previous) {
        this.previous = previous;
        this.reuse = true;
        return this;
    }

    private BakeMemory memory = new BakeMemory();

    /** Keeps per-page work that does not depend on the rest of the site in {@code memory}, for the next bake. */
    public Baker remembering(BakeMemory memory) {
        this.memory = memory;
        return this;
    }

    /** The environment the build runs in: on GitHub Actions it names the repository and its Pages address. */
    private Map<String, String> env = System.getenv();

    /** Reads {@code env} instead of the process environment (tests act as GitHub Actions this way). */
    public Baker withEnvironment(Map<String, String> env) {
        this.env = Map.copyOf(env);
        return this;
    }

    public Baker(SafetySchema schema, List<RuleSummary> rules, int threads) {
        this.schema = schema;
        this.rules = rules;
        this.threads = Math.max(1, threads);
    }

    /**
     * What to bake: the validated site, the fresh staging folder to bake it into, and whether
     * drafts of a known type are baked too (the preview only), each marked as a draft in its
     * page and in the navigation.
     */
    public record Request(Site site, Path stagingDir, boolean drafts) {
    }

    /** Bakes the published pages of the request's site (and its drafts, when asked) into its staging folder. */
    public Staging run(Request request) throws IOException {
        Site site = request.site();
        Path stagingDir = request.stagingDir();
        boolean drafts = request.drafts();
        Trees.delete(stagingDir); // left over from a build that was killed
        Files.createDirectories(stagingDir);
        try {
            return bakeInto(site, stagingDir, drafts);
        } catch (IOException | RuntimeException e) {
            Trees.delete(stagingDir);
            throw e;
        }
    }

    private Staging bakeInto(Site site, Path stagingDir, boolean drafts) throws IOException {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(site.projectDir().toFile(), stagingDir.toFile(), true);
        List<Diagnostic> folders = ProjectFolders.pin(config, site.projectDir());
        List<Page> published = drafts
                ? site.pages().stream().filter(p -> p.isPublished() || p.type().isPresent()).toList()
                : site.published();

        SiteSettings settings = settings(config).withGithubDefaults(env);
        Navigation nav = new Navigation(published, schema.vocabulary("region"), schema.vocabulary("context"));
        PageModels models = new PageModels(nav, settings,
                schema.list("noRollZone", "regions"),
                new Provenance(schema.sourcesNode(), schema.number("review", "maxAgeYears")), new Figures(schema, nav));
        // JBake's renderer wants a content store; ours is never opened because templates ask it nothing.
        Renderer renderer = SafeTemplates.guard(new Renderer(new ContentStore("memory", "saferoll"), config));
        memory.startBake();
        // A one-shot build keeps no record, so nothing would ever read its fingerprints.
        Fingerprint fingerprint = reuse ? Fingerprint.of(site.projectDir(), memory, schema.digest(), settings, drafts) : null;

        List<Job> jobs = new ArrayList<>();
        GeneratedPages generated = new GeneratedPages(models, nav, SchemaReference.model(schema, rules), settings);
        java.util.Set<String> reserved = new java.util.HashSet<>(SiteUrls.machineFiles());
        List<Diagnostic> clashes = new ArrayList<>();
        for (DocumentModel doc : generated.all()) {
            reserved.add(doc.getUri());
            jobs.add(new Job("templates/" + config.getTemplateByDocType(doc.getType()), () -> doc));
        }
        for (Page page : published) {
            // Which of two files with one address would win depends on the order they are written in.
            if (reserved.contains(page.uri())) {
                clashes.add(Diagnostic.error(page.path(), 1, "reserved-name", page.uri() + " is made by the build itself; this page would replace it",
                        "give the page another file name (and so another address)"));
                continue;
            }
            // The page as the load stage parsed and converted it (in SECURE mode): nothing is read twice.
            jobs.add(new Job(page.path(), () -> Documents.of(models.forPage(page), page.html())));
        }
        Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Path, Path> links = new java.util.concurrent.ConcurrentHashMap<>();
        List<Diagnostic> problems = new ArrayList<>(run(jobs, doc -> {
            if (fingerprint == null) {
                renderer.render(doc);
                return;
            }
            String fp = fingerprint.of(doc);
            fingerprints.put(doc.getUri(), fp);
            Optional<Path> before = previous.file(doc.getUri(), fp);
            before.ifPresent(file -> links.put(stagingDir.resolve(doc.getUri()), file));
            if (before.isEmpty()) {
                renderer.render(doc);
            }
        }));
        problems.addAll(clashes);
        problems.addAll(folders);

        // Assets are copied after the pages: one with a page's address would silently replace it.
        problems.addAll(assetProblems(site.projectDir().resolve("assets"), reserved, published));
        Asset assets = new Asset(config);
        assets.copy();
        for (Throwable t : assets.getErrors()) {
            problems.add(Diagnostic.error("assets", 0, "asset", "an asset could not be copied: " + t.getMessage(),
                    "check the file's permissions"));
        }
        // The search index reads every page: its fingerprint is of every page's source, the pages being made from it alone.
        Optional<Path> searchBefore = Optional.empty();
        if (fingerprint != null) {
            String searchFingerprint = fingerprint.ofSources(published);
            fingerprints.put(SiteUrls.SEARCH_INDEX, searchFingerprint);
            searchBefore = previous.file(SiteUrls.SEARCH_INDEX, searchFingerprint);
        }
        searchBefore.ifPresent(file -> links.put(stagingDir.resolve(SiteUrls.SEARCH_INDEX), file));
        try {
            if (searchBefore.isEmpty()) {
                Files.writeString(stagingDir.resolve(SiteUrls.SEARCH_INDEX),
                        SearchIndex.script(published, nav, SearchIndex.synonyms(schema.dir().resolve(SearchIndex.SYNONYMS)), memory, threads));
            }
        } catch (SearchIndex.SynonymsException e) {
            problems.add(Diagnostic.error("schema/" + SearchIndex.SYNONYMS, e.line(), "search-synonyms", e.getMessage(),
                    "fix the JSON on that line; each entry has \"words\" and \"means\", optionally \"hint\" and \"see\""));
        }
        Machines.write(stagingDir, settings, published);
        // A file written again with the bytes it had (an asset, the search index, a page after a change to a
        // stylesheet it does not show) stays the published file, so publish and the zip need not write it.
        for (Path f : Trees.files(stagingDir)) {
            String uri = ProjectPaths.relative(stagingDir, f);
            if (!links.containsKey(f)) {
                Optional<Path> before = previous.published(uri);
                if (before.isPresent()) {
                    Reuse.keepPrevious(f, before.get());
                }
            }
        }
        // Linked last: nothing written after could then write through a link into the published site.
        for (Map.Entry<Path, Path> link : links.entrySet()) {
            Reuse.link(link.getKey(), link.getValue());
        }
        return new Staging(stagingDir, jobs.size(), List.copyOf(problems), Map.copyOf(fingerprints),
                fingerprint == null ? jobs.size() + 1 : fingerprints.size() - links.size()); // + 1: the search index
    }

    private record Job(String source, Supplier<DocumentModel> model) {
    }

    /** An asset may neither take the address of a page or generated file nor be of a type the site may not ship. */
    private List<Diagnostic> assetProblems(Path assetsDir, java.util.Set<String> reserved, List<Page> pages) throws IOException {
        if (!Files.isDirectory(assetsDir)) {
            return List.of();
        }
        java.util.Set<String> taken = new java.util.HashSet<>(reserved);
        pages.forEach(p -> taken.add(p.uri()));
        org.saferoll.verify.HtmlAllowlist allowlist = org.saferoll.verify.HtmlAllowlist.of(schema.htmlAllowlistNode());
        List<Diagnostic> out = new ArrayList<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(assetsDir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String uri = assetsDir.relativize(f).toString().replace('\\', '/');
                if (taken.contains(uri)) {
                    out.add(Diagnostic.error("assets/" + uri, 1, "reserved-name", uri + " is a page the build makes; this asset would replace it",
                            "give the asset another name; pages are written in content/"));
                } else {
                    allowlist.checkFile(uri).ifPresent(v -> out.add(Diagnostic.error("assets/" + uri, 1, "asset-type", v.what(),
                            "ship pages as AsciiDoc in content/ and pictures as PNG, JPEG, WebP or SVG")));
                }
            }
        }
        return out;
    }

    /**
     * Renders every job; a template error becomes a diagnostic, never an exception, and one
     * mistake in a template shared by many pages is reported once, naming how many it broke.
     */
    private List<Diagnostic> run(List<Job> jobs, Render render) throws IOException {
        List<Failed> failed = Parallel.map(jobs, threads, job -> {
            try {
                render.accept(job.model().get());
                return Optional.<Failed>empty();
            } catch (Exception e) {
                return Optional.of(new Failed(TemplateProblems.of(e), job.source()));
            }
        }).stream().flatMap(Optional::stream).toList();
        java.util.Map<Diagnostic, List<String>> sources = new java.util.LinkedHashMap<>();
        failed.forEach(f -> sources.computeIfAbsent(f.problem(), k -> new ArrayList<>()).add(f.source()));
        List<Diagnostic> problems = new ArrayList<>();
        sources.forEach((d, pages) -> problems.add(d.file().startsWith("templates/") ? new Diagnostic(d.file(), d.line(),
                d.severity(), d.rule(), d.message() + " (while baking " + pages.get(0)
                + (pages.size() > 1 ? " and " + (pages.size() - 1) + " more" : "") + ")", d.hint())
                : new Diagnostic(pages.get(0), d.line(), d.severity(), d.rule(), d.message(), d.hint())));
        return problems;
    }

    /** Renders one document, or takes it from the previous build. */
    private interface Render {
        void accept(DocumentModel doc) throws Exception;
    }

    /** A job that could not be rendered: the problem, said without the page, and the page. */
    private record Failed(Diagnostic problem, String source) {
    }

    private static SiteSettings settings(DefaultJBakeConfiguration config) {
        return new SiteSettings(string(config, "site.name", "SafeRoll"), string(config, "site.repository", ""),
                string(config, "site.branch", "main"), string(config, "site.url", ""));
    }

    private static String string(DefaultJBakeConfiguration config, String key, String fallback) {
        Object v = config.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString().trim();
    }

}
