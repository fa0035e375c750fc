package org.saferoll.serve;

import com.sun.net.httpserver.HttpExchange;
import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;
import org.saferoll.report.Diagnostic;
import org.saferoll.report.ReportPrinter;
import org.saferoll.validate.spelling.SpellChecker;
import org.saferoll.validate.spelling.SpellingRule;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The writer's live preview: builds the site, serves it on 127.0.0.1 under {@code /saferoll/},
 * rebuilds when anything in content/, templates/, assets/ or schema/ changes, and tells open
 * tabs to reload. A build that fails keeps the last good site and shows its errors as a banner.
 *
 * <p>Long because it holds the whole preview loop: taking the port, rebuilding on change, the build
 * state as JSON and the event stream that reloads open tabs.
 */
public final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/saferoll/";

    /**
     * What the last build said: the version of the good site being served, errors if the last
     * build failed, and, with {@code --prose}, the spelling warnings of the page being edited
     * ({@code warningsPage}, its address under the site, e.g. {@code techniques/lat-roll.html}).
     */
    record State(int version, boolean ok, String errors, String warningsPage, String warnings) {
        State(int version, boolean ok, String errors) {
            this(version, ok, errors, "", "");
        }

        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

        /** As the page's script reads it; {@code <} escaped as well, although it only ever travels as data. */
        String json() {
            try {
                return JSON.writeValueAsString(this).replace("<", "\\u003c");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The live-reload script, kept as a resource so it reads as JavaScript, not as a Java string. */
    private static final String RELOAD_SCRIPT = loadReloadScript();

    private final BuildOptions options;
    private final int port;
    private final PrintStream out;
    private final PrintStream err;
    private final Pipeline pipeline;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = new State(0, true, "");
    private StaticSite site;
    private SiteWatcher watcher;
    /** With --prose: the content file saved last, the one page the spelling check reads. */
    private volatile String edited = "";
    private boolean spelling;

    public PreviewServer(BuildOptions options, int port, PrintStream out, PrintStream err) {
        this.options = options.withOutputDir(options.projectDir().resolve("target/preview")).withZip(false);
        this.port = port;
        this.out = out;
        this.err = err;
        this.pipeline = new Pipeline(true, options.threads()).withDrafts();
    }

    /**
     * Checks the spelling and grammar of the page being edited (the content file saved last) on
     * every rebuild, and shows its warnings in the console and in a banner on that page only.
     */
    public PreviewServer withSpelling(SpellChecker checker) {
        pipeline.withExtraRules(List.of(new SpellingRule(checker, page -> page.path().equals(edited))));
        spelling = true;
        return this;
    }

    /** Takes the port, builds, starts serving and watching. Returns once the server is up. */
    public void start() throws IOException {
        Path siteDir = options.siteDir();
        try {
            // The port first: a taken port is said at once, not after a whole build.
            site = new StaticSite(() -> siteDir, PREFIX, port, this::injectReload);
        } catch (BindException e) {
            throw new PortTakenException(port);
        }
        rebuild();
        site.createContext(PREFIX + "__events", this::events);
        site.createContext(PREFIX + "__status", this::status);
        site.start();
        Path project = options.projectDir();
        watcher = new SiteWatcher(List.of(project.resolve("content"), project.resolve("templates"),
                project.resolve("assets"), project.resolve("schema")), project.resolve("jbake.properties"), this::rebuild);
        watcher.start();
    }

    /** The preview's port is in use, most often by another preview. */
    public static final class PortTakenException extends IOException {
        PortTakenException(int port) {
            super("port " + port + " is taken (another preview may be running); stop it, or choose another port with --port N");
        }
    }

    /** Runs until the process is stopped (Ctrl-C). */
    public int runUntilStopped() throws IOException {
        start();
        out.println("Preview: " + url() + "  (rebuilds on every save; Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    public String url() {
        return site.url();
    }

    /** Rebuilds the site; on success the new site replaces the old one and tabs reload. */
    synchronized void rebuild() {
        try {
            if (spelling) {
                edited = lastEdited();
            }
            Pipeline.Outcome outcome = pipeline.build(options);
            ReportPrinter.forEnvironment(err).print(outcome.diagnostics());
            if (outcome.published()) {
                state = withWarnings(new State(state.version() + 1, true, ""), outcome.diagnostics());
                out.printf(Locale.ROOT, "Built %d pages in %.2f s%n", outcome.pages(), outcome.elapsed().toMillis() / 1000.0);
            } else {
                String errors = String.join("\n", outcome.diagnostics().stream().filter(Diagnostic::isError)
                        .map(d -> d.headline() + "\n    hint: " + d.hint()).toList());
                state = new State(state.version(), false, errors);
                err.println("The change did not build; the preview keeps showing the last good site.");
                placeholderIfNoSite();
            }
        } catch (IOException | RuntimeException e) {
            state = new State(state.version(), false, "The build stopped: " + e.getMessage());
            err.println("saferoll: the build stopped: " + e.getMessage());
        }
        broadcast();
    }

    /** The spelling and grammar warnings of the edited page, for its banner. */
    private State withWarnings(State built, List<Diagnostic> diagnostics) {
        List<String> warnings = diagnostics.stream().filter(d -> d.file().equals(edited) && SpellingRule.RULES.contains(d.rule()))
                .map(d -> d.headline() + "\n    hint: " + d.hint()).toList();
        if (warnings.isEmpty()) {
            return built;
        }
        String page = edited.substring("content/".length()).replaceFirst("\\.adoc$", ".html");
        return new State(built.version(), built.ok(), built.errors(), page, String.join("\n", warnings));
    }

    /** The content page saved last ({@code content/...adoc}), or "" when there is none. */
    private String lastEdited() throws IOException {
        Path content = options.projectDir().resolve("content");
        if (!Files.isDirectory(content)) {
            return "";
        }
        try (var walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".adoc") && Files.isRegularFile(p))
                    .max(java.util.Comparator.comparing(PreviewServer::modified))
                    .map(p -> options.projectDir().relativize(p).toString().replace('\\', '/')).orElse("");
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private void placeholderIfNoSite() throws IOException {
        Path index = options.siteDir().resolve("index.html");
        if (!Files.exists(index)) {
            Files.createDirectories(options.siteDir());
            Files.writeString(index, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SafeRoll preview</title></head>"
                    + "<body><h1>No good build yet</h1><p>Fix the problems shown below and in the console; this page reloads by itself.</p></body></html>");
        }
    }

    private byte[] injectReload(String path, byte[] body) {
        String html = new String(body, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        if (end < 0) {
            return body;
        }
        return (html.substring(0, end) + reloadScript() + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** Added to pages as they are served, never to the built files. */
    static String reloadScript() {
        return "<script>" + RELOAD_SCRIPT.replace("/saferoll/", PREFIX) + "</script>";
    }

    private static String loadReloadScript() {
        try (var in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read live-reload.js", e);
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        send(stream, state);
        listeners.add(stream); // kept open; closed when the tab goes away and a write fails
    }

    private void status(HttpExchange exchange) throws IOException {
        byte[] body = state.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
        }
    }

    private void broadcast() {
        for (OutputStream stream : listeners) {
            if (!send(stream, state)) {
                listeners.remove(stream);
            }
        }
    }

    private static boolean send(OutputStream stream, State s) {
        try {
            stream.write(("event: build\ndata: " + s.json() + "\n\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        for (OutputStream stream : listeners) {
            try {
                stream.close();
            } catch (IOException e) {
                // the tab is gone
            }
        }
        if (site != null) {
            site.close();
        }
        pipeline.close();
    }
}
