package org.saferoll.bench;

import org.saferoll.BuildOptions;
import org.saferoll.serve.PreviewServer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Measures the preview's edit-to-visible time: starts the preview on a project, then several
 * times changes one page's title on disk and polls over HTTP until the new title is served,
 * both on the page itself and in its section index (the navigation).
 */
public final class PreviewProbe {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int edits = Integer.parseInt(args[1]);
        BuildOptions options = BuildOptions.defaults(project).withToday(LocalDate.of(2026, 11, 25));
        HttpClient http = HttpClient.newHttpClient();
        try (PreviewServer preview = new PreviewServer(options, 0, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))) {
            preview.start();
            Path page = project.resolve("content/techniques/technique-0.adoc");
            String original = Files.readString(page);
            for (int i = 1; i <= edits; i++) {
                String title = "Edited Title " + i;
                long start = System.nanoTime();
                Files.writeString(page, original.replaceFirst("= [^\n]+", "= " + title));
                while (!contains(http, preview.url() + "techniques/technique-0.html", title)
                        || !contains(http, preview.url() + "techniques/index.html", title)) {
                    Thread.sleep(5);
                }
                System.out.printf("edit_ms=%d%n", (System.nanoTime() - start) / 1_000_000);
                Thread.sleep(300);
            }
        }
        System.exit(0);
    }

    private static boolean contains(HttpClient http, String url, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body().contains(text);
    }
}
