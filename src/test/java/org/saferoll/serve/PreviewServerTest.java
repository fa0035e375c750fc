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
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview seen over HTTP while a writer edits, renames and deletes pages. */
class PreviewServerTest {
    private static final long WITHIN_MS = 2000;
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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until {@code test} holds, failing after two seconds. */
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
