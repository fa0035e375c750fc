package org.saferoll.load;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.asciidoctor.log.LogRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Parses and converts AsciiDoc with one shared Asciidoctor instance, always in SECURE mode:
 * an {@code include::} becomes a link, files are never read, and attributes such as
 * {@code user-home} are masked. Parsing may run on several threads at once.
 *
 * <p>Long because every question asked of Asciidoctor's AST lives here, in one place: sections, ids,
 * steps and their attributes, and the sections that look like steps but would be dropped.
 */
public final class AsciidocParser implements AutoCloseable {

    /** The result of parsing one page: the AST, its HTML body (empty when not converted) and what Asciidoctor warned about. */
    public record Parsed(Document document, String html, List<LogRecord> log) {
    }

    private static final ThreadLocal<List<LogRecord>> CAPTURE = new ThreadLocal<>();
    /** Held so the level sticks: Asciidoctor's warnings become diagnostics, not console noise. */
    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("asciidoctor");

    private CompletableFuture<Asciidoctor> engine;

    /**
     * Starts JRuby and Asciidoctor in the background, once; the first parse waits for them. A run
     * whose pages all come from the cache never starts them (about 3 s saved).
     */
    public synchronized void start() {
        if (engine == null) {
            engine = CompletableFuture.supplyAsync(AsciidocParser::boot);
        }
    }

    private synchronized CompletableFuture<Asciidoctor> engine() {
        start();
        return engine;
    }

    private static Asciidoctor boot() {
        JUL.setLevel(java.util.logging.Level.OFF);
        Asciidoctor asciidoctor = withoutRubyGems();
        asciidoctor.registerLogHandler(record -> {
            List<LogRecord> sink = CAPTURE.get();
            if (sink != null) {
                sink.add(record);
            }
        });
        // Asciidoctor loads parts of itself on first use (Ruby autoload). Two pages parsed at once on a
        // fresh engine could each meet a part the other was still loading: a NameError or NoMethodError
        // on a page with nothing wrong, seen now and then in the test runs. One page that uses those
        // parts, parsed and converted here on this thread, loads them before any page of the site.
        asciidoctor.load(WARM_UP, options(java.time.LocalDate.EPOCH)).convert();
        return asciidoctor;
    }

    /** A page with the blocks and inline marks the site's pages use; see {@link #boot}. */
    private static final String WARM_UP = String.join("\n",
            "= Warm Up", ":description: d", "", "Intro with *bold*, _italic_, `mono`, a footnote:[n] and xref:other.adoc#part[a link].", "",
            "== Part", "", "[.step]", ". One", ". Two", "", "* a", "** b", "", "term:: definition", "", "NOTE: A note.", "",
            "[WARNING]", "====", "Careful.", "====", "", ".Title", "|===", "| a | b", "| c | d", "|===", "", "****", "Aside.", "****", "",
            "----", "literal", "----", "", "[quote]", "____", "Said.", "____", "", "image::x.svg[alt]", "", "=== Sub", "", "Text.", "");

    /** JRuby reads this when it creates a runtime: whether to load RubyGems, which Asciidoctor does not need. */
    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";

    /**
     * Asciidoctor on a JRuby without RubyGems, with the gem's own lib folder on the load path:
     * RubyGems only finds that folder, and loading it is about a quarter of JRuby's start
     * (docs/benchmarks.md). Falls back to the default start when the jar does not say which
     * Asciidoctor it carries.
     */
    private static Asciidoctor withoutRubyGems() {
        java.util.Properties versions = new java.util.Properties();
        try (var in = AsciidoctorJRuby.class.getResourceAsStream("/META-INF/asciidoctorj-version.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (java.io.IOException e) {
            // read from AsciidoctorJ's own jar; without it, start as AsciidoctorJ does by default
        }
        String version = versions.getProperty("version.asciidoctor");
        if (version == null) {
            return Asciidoctor.Factory.create();
        }
        synchronized (RUBYGEMS) {
            String before = System.getProperty(RUBYGEMS);
            System.setProperty(RUBYGEMS, "false");
            try {
                return AsciidoctorJRuby.Factory.create(List.of("uri:classloader:/gems/asciidoctor-" + version + "/lib"));
            } finally {
                if (before == null) {
                    System.clearProperty(RUBYGEMS);
                } else {
                    System.setProperty(RUBYGEMS, before);
                }
            }
        }
    }

    /**
     * The options every page is parsed with. Locked attributes cannot be changed by a page.
     *
     * @param date what the clock attributes print (see {@link SourceDate})
     */
    static Options options(java.time.LocalDate date) {
        String day = date.toString();
        Attributes attributes = Attributes.builder()
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("outfilesuffix", ".html")
                .attribute("sectids", "")
                .attribute("data-uri!", "")
                .attribute("allow-uri-read!", "")
                .attribute("showtitle!", "")
                .attribute("icons!", "")
                // Clock attributes from the source date, never the clock: same commit, same bytes.
                .attribute("localdate", day).attribute("localtime", "00:00:00 UTC")
                .attribute("localdatetime", day + " 00:00:00 UTC").attribute("localyear", String.valueOf(date.getYear()))
                .attribute("docdate", day).attribute("doctime", "00:00:00 UTC")
                .attribute("docdatetime", day + " 00:00:00 UTC").attribute("docyear", String.valueOf(date.getYear()))
                .build();
        return Options.builder()
                .safe(SafeMode.SECURE)
                .standalone(false)
                .sourcemap(true)
                .attributes(attributes)
                .build();
    }

    /**
     * Parses {@code text} and, when {@code convert}, converts it to HTML; never throws for bad
     * AsciiDoc, which is reported in the log. Checking alone needs no HTML.
     */
    public Parsed parse(String text, boolean convert) {
        Asciidoctor asciidoctor = engine().join();
        List<LogRecord> log = new ArrayList<>();
        CAPTURE.set(log);
        try {
            Document document = asciidoctor.load(text, options(SourceDate.of(text)));
            String html = convert ? document.convert() : "";
            return new Parsed(document, Objects.requireNonNullElse(html, ""), log);
        } finally {
            CAPTURE.remove();
        }
    }

    /**
     * The line of the innermost block of {@code text} whose own HTML {@code offends}, or 0 when
     * none does. Converts block by block, so it runs only after a problem was found.
     */
    public int lineOf(Page page, java.util.function.Predicate<String> offends) {
        Asciidoctor asciidoctor = engine().join();
        CAPTURE.set(new ArrayList<>());
        try {
            Document document = asciidoctor.load(page.source().text(), options(SourceDate.of(page.source().text())));
            int[] best = {0, Integer.MAX_VALUE};
            innermost(document, offends, best);
            return best[0];
        } catch (RuntimeException | StackOverflowError e) {
            return 0; // the page still fails; it is only named without a line
        } finally {
            CAPTURE.remove();
        }
    }

    private static void innermost(StructuralNode node, java.util.function.Predicate<String> offends, int[] best) {
        for (StructuralNode child : node.getBlocks()) {
            String html;
            try {
                html = child.convert();
            } catch (RuntimeException e) {
                continue; // list items and cells are converted with their parent
            }
            if (html != null && offends.test(html)) {
                if (child.getSourceLocation() != null && html.length() < best[1]) {
                    best[0] = child.getSourceLocation().getLineNumber();
                    best[1] = html.length();
                }
                innermost(child, offends, best);
            }
        }
    }

    private static final java.util.regex.Pattern EXPLICIT_ID = java.util.regex.Pattern.compile("\\[\\[([\\w-]+)|\\[#([\\w-]+)|anchor:([\\w-]+)\\[");

    /**
     * The ids links may name after #: every section's, and the explicit ids written as
     * {@code [[id]]}, {@code [#id]} or {@code anchor:id[]}. Read from the sections and the text, because crossing into
     * JRuby for every block is the slowest part of checking a page.
     */
    public static java.util.Set<String> ids(List<StructuralNode> sections, SourceFile source) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (StructuralNode section : sections) {
            if (section.getId() != null) {
                ids.add(section.getId());
            }
        }
        java.util.regex.Matcher m = EXPLICIT_ID.matcher(source.text());
        while (m.find()) {
            ids.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return java.util.Set.copyOf(ids);
    }

    /** Every section of the page, in document order. */
    public static List<StructuralNode> sections(Document document) {
        return document.findBy(Map.of("context", ":section"));
    }

    /**
     * Every section with role {@code step}, in document order. A step's line is that of its
     * {@code [.step,...]} attribute line, where a writer types the values the rules check.
     */
    public static List<Step> steps(List<StructuralNode> sections, SourceFile source) {
        List<Step> steps = new ArrayList<>();
        for (StructuralNode node : sections) {
            if (node.hasRole("step")) {
                int line = attributeLine(node, source);
                // Titles come back converted (quotes become entities); templates want plain text.
                String title = org.jsoup.Jsoup.parse(node.getTitle()).text();
                steps.add(new Step(title, line, stepAttributes(node), node.getId()));
            }
        }
        return steps;
    }

    /**
     * Every attribute the writer put on the step line, misspelt ones included, so the rules can
     * name them; only Asciidoctor's own (role, id, options, positional) are left out.
     */
    private static Map<String, String> stepAttributes(StructuralNode node) {
        java.util.LinkedHashMap<String, String> attributes = new java.util.LinkedHashMap<>();
        node.getAttributes().forEach((name, value) -> {
            boolean asciidoctors = name.matches("\\d+") || name.endsWith("-option")
                    || List.of("role", "id", "options", "style", "title", "reftext").contains(name);
            if (!asciidoctors && value != null) {
                attributes.put(name, value.toString().trim());
            }
        });
        return attributes;
    }

    /**
     * Sections that look meant as steps but lack the {@code step} role, so a routine would drop
     * them without a word: every section right under {@code == Steps}, and any section whose
     * attribute line names a technique or seconds.
     */
    public static List<DiskCache.Problem> unmarkedSteps(List<StructuralNode> sections, SourceFile source) {
        List<DiskCache.Problem> problems = new ArrayList<>();
        for (StructuralNode node : sections) {
            if (node.hasRole("step")) {
                continue;
            }
            boolean underSteps = node.getParent() instanceof org.asciidoctor.ast.Section parent
                    && "steps".equalsIgnoreCase(org.jsoup.Jsoup.parse(parent.getTitle()).text().trim());
            boolean stepLike = node.getAttribute("technique") != null || node.getAttribute("seconds") != null;
            if (!underSteps && !stepLike) {
                continue;
            }
            int line = attributeLine(node, source);
            String title = org.jsoup.Jsoup.parse(node.getTitle()).text();
            String roles = String.join(" ", node.getRoles().stream().map(r -> "." + r).toList());
            Object style = node.getAttribute("style");
            String written = !roles.isEmpty() ? "the role " + roles : style != null ? "the style " + style : "no role";
            String hint = (roles.isEmpty() && style == null ? "" : "did you mean .step? ")
                    + "write the step line above the title with a dot before step: [.step,technique=<id>,seconds=<number>]";
            problems.add(new DiskCache.Problem(line, "step", "section '" + title + "' has " + written
                    + ", not .step, so the routine would leave it out", hint));
        }
        return problems;
    }

    /** The line of a section's {@code [...]} attribute line when it has one, else of its title. */
    private static int attributeLine(StructuralNode node, SourceFile source) {
        int line = node.getSourceLocation() == null ? 0 : node.getSourceLocation().getLineNumber();
        return line > 1 && source.line(line - 1).trim().startsWith("[") ? line - 1 : line;
    }

    @Override
    public synchronized void close() {
        if (engine != null && engine.isDone() && !engine.isCompletedExceptionally()) {
            engine.join().shutdown();
        }
    }
}
