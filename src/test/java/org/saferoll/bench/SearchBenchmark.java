package org.saferoll.bench;

import org.openqa.selenium.chrome.ChromeDriver;
import org.saferoll.BuildOptions;
import org.saferoll.BuiltSite;
import org.saferoll.Pipeline;
import org.saferoll.SearchQueries;
import org.saferoll.browser.BrowserAccess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Search, measured in headless Chromium from {@code file://}: our index ({@code js/search.js}) against
 * MiniSearch (vendored from npm into {@code target/npm} by the test build) on the same documents, for
 * relevance on the query set, bytes shipped, index load time and keystroke-to-results time, on the
 * shipped site and on a 5,000-page corpus.
 */
final class SearchBenchmark {
    private static final Path MINISEARCH = Path.of("target/npm/node_modules/minisearch/dist/umd/index.js");

    /** Our engine: loads the index as a reader's first focus would, then types every query key by key into the box. */
    private static final String OURS = """
            const queries = arguments[0], done = arguments[arguments.length - 1], t0 = performance.now();
            SafeRollSearch.load(() => {
              const load = performance.now() - t0, input = document.getElementById('q'), times = [];
              const top = queries.map(q => SafeRollSearch.ids(q).slice(0, 3));
              for (const q of queries) for (let i = 1; i <= q.length; i++) {
                input.value = q.slice(0, i);
                const s = performance.now();
                input.dispatchEvent(new Event('input'));
                times.push(performance.now() - s);
              }
              done({load, top, times, bytes: 0});
            });""";

    /** MiniSearch on the same fields with comparable boosts, prefix and fuzzy matching; times cover search and the same top-6 cut. */
    private static final String MINI = """
            const queries = arguments[0], done = arguments[arguments.length - 1];
            SafeRollSearch.load(() => {
              const pages = window.SAFEROLL_SEARCH.pages, t0 = performance.now();
              const ms = new MiniSearch({fields: ['title', 'headings', 'description', 'facts', 'body'], storeFields: ['uri'],
                searchOptions: {boost: {title: 8, headings: 3, description: 2.5, facts: 2.5}, prefix: true, fuzzy: 0.2}});
              ms.addAll(pages.map((p, i) => ({id: i, uri: p[1], title: p[0], headings: p[5].map(s => s[1]).join(' . '),
                description: p[2], facts: p[3] + ' . ' + p[4], body: p[5].map(s => s[2]).join(' ')})));
              const load = performance.now() - t0, times = [];
              const top = queries.map(q => ms.search(q).slice(0, 3).map(r => r.uri));
              for (const q of queries) for (let i = 1; i <= q.length; i++) {
                const s = performance.now();
                ms.search(q.slice(0, i)).slice(0, 6);
                times.push(performance.now() - s);
              }
              done({load, top, times, bytes: JSON.stringify(ms).length});
            });""";

    record Result(double loadMs, double passShare, List<String> misses, double medianMs, double p95Ms, double maxMs, long serialized) {
    }

    private SearchBenchmark() {
    }

    /** The "## Search" section of docs/benchmarks.md. */
    static String section(Path work) throws Exception {
        List<SearchQueries.Query> queries = SearchQueries.load();
        List<String> texts = queries.stream().map(SearchQueries.Query::text).toList();
        Path shipped = BuiltSite.dir();
        Path corpus = new CorpusGenerator().generate(work.resolve("search-corpus-5000"), 5000);
        Pipeline.Outcome outcome = new Pipeline(false, 2).build(BuildOptions.defaults(corpus));
        if (!outcome.published()) {
            throw new IllegalStateException("the 5,000-page corpus did not build: " + outcome.diagnostics());
        }
        Path big = BuildOptions.defaults(corpus).siteDir();
        ChromeDriver driver = BrowserAccess.start();
        try {
            String mini = Files.isRegularFile(MINISEARCH) ? Files.readString(MINISEARCH) : null;
            Result ours = measure(driver, shipped, OURS, null, queries, texts);
            Result ours5k = measure(driver, big, OURS, null, queries, texts);
            Result lib = mini == null ? null : measure(driver, shipped, MINI, mini, queries, texts);
            Result lib5k = mini == null ? null : measure(driver, big, MINI, mini, queries, texts);
            return report(queries, shipped, big, ours, ours5k, lib, lib5k);
        } finally {
            driver.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static Result measure(ChromeDriver driver, Path site, String script, String library, List<SearchQueries.Query> queries,
                                  List<String> texts) {
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
        driver.get(site.toUri() + "index.html");
        if (library != null) {
            driver.executeScript(library);
        }
        Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(script, texts);
        List<List<String>> top = (List<List<String>>) r.get("top");
        List<String> misses = new ArrayList<>();
        int pass = 0;
        for (int i = 0; i < queries.size(); i++) {
            List<String> ids = top.get(i).stream().map(u -> u.replaceAll(".*/", "").replace(".html", "")).toList();
            if (queries.get(i).passes(ids)) {
                pass++;
            } else {
                misses.add(queries.get(i).text());
            }
        }
        List<Double> times = ((List<Number>) r.get("times")).stream().map(Number::doubleValue).sorted().toList();
        return new Result(((Number) r.get("load")).doubleValue(), (double) pass / queries.size(), misses,
                times.get(times.size() / 2), times.get((int) (times.size() * 0.95)), times.get(times.size() - 1),
                ((Number) r.get("bytes")).longValue());
    }

    private static String report(List<SearchQueries.Query> queries, Path shipped, Path big, Result ours, Result ours5k,
                                 Result lib, Result lib5k) throws IOException {
        long index = Files.size(shipped.resolve("search-index.js"));
        long index5k = Files.size(big.resolve("search-index.js"));
        long ui = Files.size(shipped.resolve("js/search.js"));
        long engine = Files.size(shipped.resolve("js/search-engine.js"));
        StringBuilder md = new StringBuilder("\n## Search\n\n");
        md.append(String.format(Locale.ROOT, "Measured in headless Chromium from `file://` (`bench/run --only search`). The query set is "
                + "`src/test/resources/search-queries.tsv`: %d queries, %d of them from the issue; a query passes when an expected "
                + "page is among the top three. Keystroke times are every prefix of every query typed into the box (engine and "
                + "drop-down rendering for ours, `search()` and the top-6 cut for MiniSearch). MiniSearch %s indexes the same "
                + "documents (title, headings, description, facts, body) with the same field boosts, prefix and fuzzy 0.2.%n%n",
                queries.size(), queries.stream().filter(SearchQueries.Query::fromIssue).count(), "7.2.0"));
        md.append("| | Our index (js/search.js + js/search-engine.js) | MiniSearch 7.2.0 |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| Query set in the top three, shipped site | **%.0f%%** (%s) | %s |%n", ours.passShare() * 100,
                missText(ours), lib == null ? "not measured" : String.format(Locale.ROOT, "%.0f%% (%s)", lib.passShare() * 100, missText(lib))));
        md.append(String.format(Locale.ROOT, "| Script on every page (js/search.js: box, drop-down, results page, loader) | %.1f KB | the same UI would be needed |%n", ui / 1024.0));
        md.append(String.format(Locale.ROOT, "| Engine, loaded on first use | %.1f KB (%.1f KB gzip) | %s |%n", engine / 1024.0, gzip(shipped.resolve("js/search-engine.js")) / 1024.0,
                Files.isRegularFile(MINISEARCH) ? String.format(Locale.ROOT, "%.1f KB unminified UMD (%.1f KB gzip), plus glue code",
                        Files.size(MINISEARCH) / 1024.0, gzip(MINISEARCH) / 1024.0) : "not measured"));
        md.append(String.format(Locale.ROOT, "| Index data, shipped site (%d pages) | %.1f KB (%.1f KB gzip), built in the browser | same text; "
                        + "%s as a prebuilt serialized index |%n", BuiltSite.pages().size(), index / 1024.0, gzip(shipped.resolve("search-index.js")) / 1024.0,
                lib == null ? "–" : String.format(Locale.ROOT, "%.1f KB", lib.serialized() / 1024.0)));
        md.append(String.format(Locale.ROOT, "| Index data, 5,000 pages | %.1f MB (%.1f MB gzip) | same text; %s serialized |%n",
                index5k / 1048576.0, gzip(big.resolve("search-index.js")) / 1048576.0,
                lib5k == null ? "–" : String.format(Locale.ROOT, "%.1f MB", lib5k.serialized() / 1048576.0)));
        md.append(String.format(Locale.ROOT, "| Load and index on first focus, shipped site | %.0f ms | %s |%n", ours.loadMs(),
                lib == null ? "–" : String.format(Locale.ROOT, "%.0f ms (indexing only)", lib.loadMs())));
        md.append(String.format(Locale.ROOT, "| Load and index on first focus, 5,000 pages | %.0f ms | %s |%n", ours5k.loadMs(),
                lib5k == null ? "–" : String.format(Locale.ROOT, "%.0f ms (indexing only)", lib5k.loadMs())));
        md.append(String.format(Locale.ROOT, "| Keystroke to results, shipped site: median / p95 / max | %.1f / %.1f / %.1f ms | %s |%n",
                ours.medianMs(), ours.p95Ms(), ours.maxMs(), times(lib)));
        md.append(String.format(Locale.ROOT, "| Keystroke to results, 5,000 pages: median / p95 / max | %.1f / %.1f / %.1f ms | %s |%n",
                ours5k.medianMs(), ours5k.p95Ms(), ours5k.maxMs(), times(lib5k)));
        md.append('\n');
        if (lib != null && lib5k != null) {
            md.append(String.format(Locale.ROOT, "Choice: our own index. It finds an expected page in the top three for %.0f%% of the query set "
                            + "against MiniSearch's %.0f%%, and its engine is %.1f KB against %.1f KB. MiniSearch ran with its default term "
                            + "processing, so without our stemming and without `schema/search-synonyms.json`; most of its misses are those "
                            + "(compounds, synonyms, hints), and giving it both would mean keeping the same code around the library. "
                            + "At 5,000 pages the p95 keystroke time is %.0f ms for ours and %.0f ms for MiniSearch. MiniSearch's load "
                            + "time counts indexing only; ours counts reading both scripts and indexing.%n%n",
                    ours.passShare() * 100, lib.passShare() * 100, engine / 1024.0, Files.size(MINISEARCH) / 1024.0,
                    ours5k.p95Ms(), lib5k.p95Ms()));
        }
        md.append(String.format(Locale.ROOT, "Limit: the index ships each section's text (for snippets and highlights), so at 5,000 pages it is "
                + "%.1f MB and the first focus takes %.1f s to load and index it; pages that never search load none of it. "
                + "A site that large would want the index split by section of the site, or prebuilt postings; not done.%n",
                index5k / 1048576.0, ours5k.loadMs() / 1000));
        return md.toString();
    }

    private static String missText(Result r) {
        return r.misses().isEmpty() ? "no misses" : "misses: " + String.join(", ", r.misses());
    }

    private static String times(Result r) {
        return r == null ? "–" : String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", r.medianMs(), r.p95Ms(), r.maxMs());
    }

    private static long gzip(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
