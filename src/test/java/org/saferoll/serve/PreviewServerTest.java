package org.saferoll.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.TestProject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview seen over HTTP while a writer edits, renames and deletes pages. */
class PreviewServerTest {
    /** Generous: the machine may be busy; speed is measured by the benchmark, not here. */
    private static final long WITHIN_MS = 30_000;
    private final HttpClient http = HttpClient.newHttpClient();
    private PreviewServer preview;

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    private static final String MOVE = """
            = Shoulder Rolls
            :jbake-type: technique
            :jbake-status: published
            :description: Slow circles of the shoulders to loosen the upper back between sessions.
            :method: movement
            :regions: trapezius
            :equipment:
            :level: beginner
            :seconds-min: 30
            :seconds-max: 60
            :reviewed-by: Test Reviewer, physiotherapist
            :reviewed-on: 2026-10-01
            :pose: all-fours
            :sources: back-rolling-article

            Circle your shoulders slowly.
            """;

    @Test
    void editsRenamesDeletesAndBrokenEditsShowOverHttp() throws Exception {
        TestProject project = TestProject.copy(tmp);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        preview = new PreviewServer(project.options(), 0, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        preview.start();
        assertTrue(preview.url().startsWith("http://127.0.0.1:"), "bound to loopback only");

        String home = get("index.html").body();
        assertTrue(home.contains("Roll Your Back Safely"));
        assertTrue(home.contains("__events"), "served pages carry the reload script");
        assertFalse(Files.readString(project.options().withOutputDir(project.dir().resolve("target/preview")).siteDir()
                .resolve("index.html")).contains("__events"), "built files do not");

        // A changed title updates the page and every list that shows it.
        project.replace("content/equipment/foam-roller.adoc", "= Foam Roller\n", "= Foam Roller Guide\n");
        await("equipment/index.html", r -> r.body().contains("Foam Roller Guide"));
        assertTrue(get("techniques/lat-roll.html").body().contains("Foam Roller Guide"), "navigation elsewhere updated");

        // A new page appears in its section.
        project.write("content/techniques/shoulder-rolls.adoc", MOVE);
        await("techniques/index.html", r -> r.body().contains("Shoulder Rolls"));
        assertEquals(200, get("techniques/shoulder-rolls.html").statusCode());

        // A renamed page moves: the old address is gone from the site and from every navigation.
        Files.move(project.file("content/techniques/shoulder-rolls.adoc"), project.file("content/techniques/shoulder-circles.adoc"));
        await("techniques/shoulder-circles.html", r -> r.statusCode() == 200);
        assertEquals(404, get("techniques/shoulder-rolls.html").statusCode());
        assertFalse(get("techniques/cat-cow.html").body().contains("shoulder-rolls.html"));

        // A broken edit keeps the last good page and reports the error.
        project.replace("content/techniques/shoulder-circles.adoc", ":method: movement", ":method: rol");
        await("__status", r -> r.body().contains("\"ok\":false"));
        String status = get("__status").body();
        assertTrue(status.contains("content/techniques/shoulder-circles.adoc:5: error [attribute]"), status);
        assertEquals(200, get("techniques/shoulder-circles.html").statusCode(), "the last good page is still served");

        // Fixing it recovers; deleting it removes it everywhere.
        project.replace("content/techniques/shoulder-circles.adoc", ":method: rol", ":method: movement");
        await("__status", r -> r.body().contains("\"ok\":true"));
        Files.delete(project.file("content/techniques/shoulder-circles.adoc"));
        await("techniques/shoulder-circles.html", r -> r.statusCode() == 404);
        assertFalse(get("techniques/index.html").body().contains("Shoulder"));
        assertFalse(get("techniques/cat-cow.html").body().contains("shoulder-circles.html"));
    }

    @Test
    void draftsAreRenderedInThePreviewWithABannerAndNeverBuilt() throws Exception {
        TestProject project = TestProject.copy(tmp);
        project.write("content/techniques/shoulder-rolls.adoc", MOVE.replace(":jbake-status: published", ":jbake-status: draft"));
        // A fresh scaffold: its TODOs are reported, but they do not keep the writer from seeing the page.
        assertTrue(org.saferoll.scaffold.Scaffold.create(project.dir(), "routine", "evening-wind-down").ok());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        preview = new PreviewServer(project.options(), 0, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        preview.start();

        HttpResponse<String> draft = get("techniques/shoulder-rolls.html");
        assertEquals(200, draft.statusCode());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(draft.body());
        assertEquals("Draft — not published. Only the preview shows this page; the build leaves it out until it says "
                + ":jbake-status: published.", page.select("main .draft-banner").text());
        assertEquals("Shoulder Rolls (draft)", page.select(".sidebar li:has(a[href$=shoulder-rolls.html])").text(),
                "listed in the navigation, marked as a draft");
        assertTrue(org.jsoup.Jsoup.parse(get("techniques/index.html").body())
                .select("li:has(a[href$=shoulder-rolls.html]) .draft-mark").hasText(), "marked in its section index");
        assertTrue(get("techniques/lat-roll.html").body().contains("shoulder-rolls.html"), "in the sidebar of other pages");
        assertTrue(get("techniques/lat-roll.html").body().contains("draft-banner") == false, "published pages have no banner");

        HttpResponse<String> scaffold = get("routines/evening-wind-down.html");
        assertEquals(200, scaffold.statusCode(), "a page with TODOs is previewed as a draft");
        assertTrue(scaffold.body().contains("Draft — not published"));
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("content/routines/evening-wind-down.adoc:4: error [todo]"), "its TODOs are still reported");

        // The build never publishes a draft: with the scaffold finished or removed, the site builds without it.
        Files.delete(project.file("content/routines/evening-wind-down.adoc"));
        org.saferoll.Pipeline.Outcome built = project.build();
        assertTrue(built.published(), built.diagnostics()::toString);
        Path site = project.options().siteDir();
        assertFalse(Files.exists(site.resolve("techniques/shoulder-rolls.html")));
        try (var files = Files.walk(site)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js")
                    || f.toString().endsWith(".xml")).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("shoulder-rolls") || text.contains("Shoulder Rolls") || text.contains("draft-banner"),
                        "the draft leaks into " + site.relativize(f));
            }
        }
    }

    @Test
    void aTakenPortIsSaidBeforeAnyBuild() throws Exception {
        TestProject project = TestProject.copy(tmp);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            PreviewServer second = new PreviewServer(project.options(), taken.getLocalPort(),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(PreviewServer.PortTakenException.class, second::start);
            second.close();
            assertTrue(e.getMessage().startsWith("port " + taken.getLocalPort() + " is taken"), e.getMessage());
            assertFalse(Files.exists(project.dir().resolve("target/preview")), "nothing was built first");
        }
    }

    @Test
    void headIsAnsweredWithoutABodyAndAFolderWithoutItsSlashRedirects() throws Exception {
        TestProject project = TestProject.copy(tmp);
        preview = new PreviewServer(project.options(), 0, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        preview.start();
        // The JDK's server warns through java.util.logging when a HEAD answer claims a body length.
        java.util.List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger jdk = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jdk.addHandler(catcher);
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(preview.url() + "index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        jdk.removeHandler(catcher);
        assertEquals(List.of(), warnings.stream().map(java.util.logging.LogRecord::getMessage).toList(), "HEAD is answered quietly");

        HttpResponse<String> folder = get("techniques");
        assertEquals(301, folder.statusCode());
        assertEquals("/saferoll/techniques/", folder.headers().firstValue("Location").orElse(""));
        assertEquals(404, get("techniques.html").statusCode(), "only real folders redirect");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until {@code test} holds, failing after {@link #WITHIN_MS}. */
    private void await(String path, Predicate<HttpResponse<String>> test) throws Exception {
        long deadline = System.currentTimeMillis() + WITHIN_MS;
        HttpResponse<String> last = null;
        while (System.currentTimeMillis() < deadline) {
            last = get(path);
            if (test.test(last)) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError(path + " did not change within " + WITHIN_MS + " ms; last status " + (last == null ? "none" : last.statusCode()));
    }
}
