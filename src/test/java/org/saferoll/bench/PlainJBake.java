package org.saferoll.bench;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The baseline: the same pages baked by plain JBake 2.7.0 through its own API (Oven, in-memory
 * database, its own Asciidoctor engine), with minimal templates that show previous/next as
 * JBake computes them. With {@code --twice} it edits one page and bakes again in the same JVM,
 * which is what JBake's watch mode does on every change, and prints that time too.
 */
public final class PlainJBake {
    private static final List<String> TYPES = List.of("technique", "equipment", "precaution", "routine", "page");

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        boolean twice = args.length > 1 && args[1].equals("--twice");
        Path project = Files.createTempDirectory("plain-jbake");
        Files.createSymbolicLink(project.resolve("content"), corpus.resolve("content"));
        Path templates = Files.createDirectories(project.resolve("templates"));
        StringBuilder properties = new StringBuilder("db.store=memory\nrender.index=false\nrender.feed=false\n"
                + "render.archive=false\nrender.sitemap=false\nrender.tags=false\nrender.error404=false\n"
                + "uri.noExtension=false\n");
        for (String type : TYPES) {
            Files.writeString(templates.resolve(type + ".ftl"), """
                    <!DOCTYPE html><html><head><title>${content.title}</title></head><body>
                    <h1>${content.title}</h1>${content.body}
                    <#if content.previousContent??><a href="${content.rootpath}${content.previousContent.uri}">${content.previousContent.title}</a></#if>
                    <#if content.nextContent??><a href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title}</a></#if>
                    </body></html>
                    """);
            properties.append("template.").append(type).append(".file=").append(type).append(".ftl\n");
        }
        Files.writeString(project.resolve("jbake.properties"), properties);
        Path output = project.resolve("output");
        long start = System.nanoTime();
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), output.toFile(), true);
        Oven oven = new Oven(config);
        oven.bake();
        long first = System.nanoTime() - start;
        if (!oven.getErrors().isEmpty()) {
            System.err.println("plain JBake reported " + oven.getErrors().size() + " errors: " + oven.getErrors().get(0));
        }
        System.out.printf("pages=%d bake_ms=%d%n", countHtml(output), first / 1_000_000);
        if (twice) {
            Path page = Files.list(corpus.resolve("content/techniques")).sorted().findFirst().orElseThrow();
            Files.writeString(page, Files.readString(page).replaceFirst("= ", "= Edited "));
            long again = System.nanoTime();
            new Oven(config).bake();
            System.out.printf("rebake_ms=%d%n", (System.nanoTime() - again) / 1_000_000);
        }
        System.exit(0); // OrientDB leaves non-daemon threads behind
    }

    private static long countHtml(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".html")).count();
        }
    }
}
