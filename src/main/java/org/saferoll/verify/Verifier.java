package org.saferoll.verify;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.saferoll.load.Page;
import org.saferoll.load.Site;
import org.saferoll.report.Diagnostic;
import org.saferoll.util.Parallel;
import org.saferoll.util.ProjectPaths;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The verify stage: checks the baked site before it is published. Every internal link and asset
 * resolves to a file (and, with a {@code #}, to an element id); nothing is loaded from another
 * host or through a root-absolute URL, so the site works from {@code file://} and under any
 * sub-path; no page carries template error text; and every page holds only the HTML
 * {@code schema/html-allowlist.json} allows, its own text checked apart from the templates.
 *
 * <p>Long because every check reads the same parsed pages, walked once; what the allowlist allows
 * is decided in {@link HtmlAllowlist} and {@link AllowlistCheck}.
 */
public final class Verifier {
    private static final List<String> TEMPLATE_ERRORS = List.of("FreeMarker template error", "freemarker.core.",
            "Tip: If the failing expression");

    /** A link or asset reference of a baked page: the element's tag and its URL. */
    record Ref(String tag, String url) {
    }

    /**
     * What the checks need of one baked page, kept instead of its DOM so memory stays flat
     * however large the site: its ids, its references and any template error text.
     */
    record Baked(String uri, Set<String> ids, List<Ref> refs, String templateError,
                 List<HtmlAllowlist.Violation> disallowed) {
        /** The same facts for a page with the same bytes at another address. */
        Baked at(String otherUri) {
            return new Baked(otherUri, ids, refs, templateError, disallowed);
        }

        /** Reads the baked page {@code text}, the very bytes that ship, decoded as UTF-8. */
        static Baked of(String uri, String text, HtmlAllowlist allowlist) {
            Document html = Jsoup.parse(text, uri);
            Set<String> ids = new HashSet<>();
            html.select("[id]").forEach(e -> ids.add(e.id()));
            html.select("a[name]").forEach(e -> ids.add(e.attr("name")));
            List<Ref> refs = new ArrayList<>();
            for (Element e : html.select("[href], [src]")) {
                refs.add(new Ref(e.tagName(), e.hasAttr("href") ? e.attr("href") : e.attr("src")));
            }
            // Searched in the file as it ships: serializing the parsed page again took a quarter of verify.
            String error = TEMPLATE_ERRORS.stream().filter(text::contains).findFirst().orElse(null);
            return new Baked(uri, ids, refs, error, allowlist == null ? List.of() : allowlist.checkPage(html));
        }
    }

    private final int threads;
    private final HtmlAllowlist allowlist;
    private final BlockLines blockLines;
    private VerifyCache cache;

    /**
     * Takes what a page's HTML holds from {@code cache} when its bytes were read before, instead of
     * parsing it again; the checks themselves run every time, on the whole site as it is now.
     */
    public Verifier reusing(VerifyCache cache) {
        this.cache = cache;
        return this;
    }

    /** A verifier of links and offline rules only, without the HTML allowlist. */
    public Verifier(int threads) {
        this(threads, null, BlockLines.NONE);
    }

    /**
     * @param threads    how many pages to parse and check at once
     * @param allowlist  the HTML pages may contain
     * @param blockLines finds the source line of a block whose HTML is not allowed
     */
    public Verifier(int threads, HtmlAllowlist allowlist, BlockLines blockLines) {
        this.threads = Math.max(1, threads);
        this.allowlist = allowlist;
        this.blockLines = blockLines;
    }

    /** What to verify: the baked folder and the site it was baked from (for the source line of a problem). */
    public record Request(Path siteDir, Site site) {
    }

    /** What verification found: every problem of the baked site; none means it may be published. */
    public record Verification(List<Diagnostic> problems) {
    }

    /** Checks the request's baked folder. */
    public Verification run(Request request) throws IOException {
        return new Verification(verify(request.siteDir(), request.site()));
    }

    private List<Diagnostic> verify(Path siteDir, Site site) throws IOException {
        Map<String, Page> sources = new HashMap<>();
        site.pages().forEach(p -> sources.put(p.uri(), p));
        List<Path> htmlFiles;
        try (Stream<Path> walk = Files.walk(siteDir)) {
            htmlFiles = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        List<Baked> pages = Parallel.map(htmlFiles, threads, file -> {
            String uri = ProjectPaths.relative(siteDir, file);
            if (cache == null) {
                return Baked.of(uri, Files.readString(file), allowlist);
            }
            Optional<VerifyCache.Stamp> stamp = VerifyCache.Stamp.of(file);
            Optional<Baked> known = stamp.flatMap(cache::known);
            if (known.isPresent()) {
                return known.get().at(uri);
            }
            byte[] bytes = Files.readAllBytes(file);
            String key = cache.key(bytes);
            stamp.ifPresent(s -> cache.read(s, key));
            return cache.get(key).map(b -> b.at(uri)).orElseGet(() -> cache.put(key,
                    Baked.of(uri, new String(bytes, StandardCharsets.UTF_8), allowlist)));
        });
        Set<String> files = new HashSet<>();
        try (Stream<Path> walk = Files.walk(siteDir)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(ProjectPaths.relative(siteDir, f)));
        }
        Map<String, Set<String>> ids = new HashMap<>();
        for (Baked b : pages) {
            ids.put(b.uri(), b.ids());
        }
        List<List<Diagnostic>> perPage = Parallel.map(pages, threads, b -> {
            List<Diagnostic> out = new ArrayList<>();
            Where where = new Where(b.uri(), sources.get(b.uri()));
            if (b.templateError() != null) {
                out.add(where.error(b.templateError(), "template-error", "the baked page contains template error text ('"
                        + b.templateError() + "')", "fix the template the page is baked with; see the build log for the template line"));
            }
            for (Ref ref : b.refs()) {
                checkUrl(files, b.uri(), ref.tag(), ref.url(), ids, where, out);
            }
            if (allowlist != null) {
                Function<String, List<HtmlAllowlist.Violation>> content = cache == null ? allowlist::checkContent
                        : html -> cache.content(html, allowlist::checkContent);
                out.addAll(AllowlistCheck.of(allowlist, content, blockLines, b.uri(), where.source(), b.disallowed()));
            }
            return out;
        });
        List<Diagnostic> all = new ArrayList<>(perPage.stream().flatMap(List::stream).toList());
        files.stream().filter(f -> !f.endsWith(".html")).sorted().forEach(f -> all.addAll(AllowlistCheck.ofFile(allowlist, siteDir, f)));
        return all;
    }


    private void checkUrl(Set<String> files, String uri, String tag, String url, Map<String, Set<String>> ids, Where where,
                          List<Diagnostic> out) {
        if (url.isEmpty() || url.startsWith("mailto:") || url.startsWith("tel:") || url.startsWith("data:")) {
            return;
        }
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("//")) {
            if (!tag.equals("a")) {
                out.add(where.error(url, "offline", "<" + tag + "> loads " + url + " from another host",
                        "ship the file in assets/ and refer to it with a relative path"));
            }
            return;
        }
        if (url.startsWith("/") || url.startsWith("file:") || url.startsWith("javascript:")) {
            out.add(where.error(url, "relative-url", "the link " + url + " is not relative to the page",
                    "write links relative to the page (xref:other-page.adoc[...]), never starting with /"));
            return;
        }
        int hash = url.indexOf('#');
        String path = hash >= 0 ? url.substring(0, hash) : url;
        String fragment = hash >= 0 ? url.substring(hash + 1) : "";
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target = path.isEmpty() ? uri : resolve(uri, path.indexOf('%') >= 0 ? URLDecoder.decode(path, StandardCharsets.UTF_8) : path);
        if (target == null || !files.contains(target)) {
            out.add(where.error(url, "broken-link", "the link " + url + " leads nowhere"
                            + (target == null ? "" : " (no file " + target + " in the site)"),
                    "point it at an existing page; for pages use xref:path/to/page.adoc[...]"));
            return;
        }
        if (!fragment.isEmpty() && target.endsWith(".html") && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
            out.add(where.error(url, "broken-link", "the link " + url + " names a section #" + fragment + " that " + target + " does not have",
                    "use the id of a section of that page"));
        }
    }

    /** Resolves {@code path} against the folder of {@code from}; null when it leaves the site. */
    static String resolve(String from, String path) {
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** Where to report a problem: the content file and line when the page has one, else the baked page. */
    private record Where(String uri, Page source) {
        Diagnostic error(String needle, String rule, String message, String hint) {
            if (source == null) {
                return Diagnostic.error("site/" + uri, 0, rule, message + " (in a generated page: check templates/)", hint);
            }
            String key = needle.replaceAll("\\.html.*$", "").replaceAll("^.*/", "");
            List<String> lines = source.source().lines();
            int line = 0;
            for (int i = 0; i < lines.size() && !key.isEmpty(); i++) {
                if (lines.get(i).contains(key)) {
                    line = i + 1;
                    break;
                }
            }
            return Diagnostic.error(source.path(), line, rule, message, hint);
        }
    }
}
