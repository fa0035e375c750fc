package org.saferoll.bench;

import org.saferoll.util.Trees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What Antora needs around a generated corpus to build it: the same {@code .adoc} files, byte for
 * byte, as the pages of one component ({@code docs/modules/ROOT/pages/}, a git repository, since
 * Antora reads content only from git), a component descriptor, a navigation file listing every
 * page, a playbook and a one-layout UI bundle.
 *
 * <p>Pages are copied flat, without their type folders: page ids are unique across folders, and
 * the corpus's {@code xref:technique-1.adoc[]} then resolves in Antora as it does in SafeRoll. The
 * playbook fails the build on any warning, so a run that left a reference unresolved cannot count.
 * The layout prints the title, the top level of the navigation, previous/next and the page, not
 * the whole navigation tree on every page, which would grow with the square of the page count and
 * make Antora look slower than a real site would.
 */
final class AntoraProject {
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("techniques", "Techniques");
        GROUPS.put("routines", "Routines");
        GROUPS.put("equipment", "Equipment");
        GROUPS.put("precautions", "Precautions");
    }

    private static final String LAYOUT = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{{page.title}}} | {{{site.title}}}</title>
            <meta name="description" content="{{page.description}}"></head>
            <body>
            <nav>{{#each page.navigation}}<ul>{{#each ./items}}<li>{{#if ./url}}<a href="{{{relativize ./url}}}">{{{./content}}}</a>{{else}}{{{./content}}}{{/if}}</li>{{/each}}</ul>{{/each}}</nav>
            <main><h1>{{{page.title}}}</h1>
            {{{page.contents}}}
            </main>
            <nav>{{#with page.previous}}<a rel="prev" href="{{{relativize ./url}}}">{{{./content}}}</a>{{/with}}
            {{#with page.next}}<a rel="next" href="{{{relativize ./url}}}">{{{./content}}}</a>{{/with}}</nav>
            </body></html>
            """;

    private AntoraProject() {
    }

    /** Writes the Antora project for {@code corpus} under {@code dir}; returns the playbook. */
    static Path create(Path corpus, Path dir) throws IOException, InterruptedException {
        Trees.delete(dir);
        Path docs = dir.resolve("docs");
        Path pages = Files.createDirectories(docs.resolve("modules/ROOT/pages"));
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        Path content = corpus.resolve("content");
        for (Path file : adocFiles(content)) {
            String name = file.getFileName().toString();
            Path target = pages.resolve(name);
            if (Files.exists(target)) {
                throw new IllegalStateException("two pages named " + name + ": Antora's flat copy needs unique ids");
            }
            Files.copy(file, target);
            String folder = content.relativize(file).getNameCount() > 1 ? content.relativize(file).getName(0).toString() : "";
            byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(name);
        }
        Files.writeString(docs.resolve("antora.yml"), """
                name: saferoll
                version: ~
                title: SafeRoll
                nav:
                - modules/ROOT/nav.adoc
                """);
        Files.writeString(docs.resolve("modules/ROOT/nav.adoc"), nav(byFolder));
        Files.createDirectories(dir.resolve("ui/layouts"));
        Files.writeString(dir.resolve("ui/layouts/default.hbs"), LAYOUT);
        Path playbook = dir.resolve("antora-playbook.yml");
        Files.writeString(playbook, """
                site:
                  title: SafeRoll
                  start_page: saferoll::index.adoc
                content:
                  sources:
                  - url: ./docs
                    branches: HEAD
                ui:
                  bundle:
                    url: ./ui
                output:
                  dir: ./site
                  clean: true
                runtime:
                  cache_dir: ./cache
                  fetch: false
                  quiet: true
                  log:
                    level: warn
                    failure_level: warn
                """);
        git(docs, "init", "-q");
        git(docs, "add", "-A");
        git(docs, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "generated corpus");
        return playbook;
    }

    /** Every page once: free-standing pages at the top, each type folder as a group. */
    private static String nav(Map<String, List<String>> byFolder) {
        StringBuilder nav = new StringBuilder();
        for (String page : byFolder.getOrDefault("", List.of())) {
            nav.append("* xref:").append(page).append("[]\n");
        }
        GROUPS.forEach((folder, title) -> {
            List<String> group = byFolder.getOrDefault(folder, List.of());
            if (!group.isEmpty()) {
                nav.append("* ").append(title).append('\n');
                group.forEach(page -> nav.append("** xref:").append(page).append("[]\n"));
            }
        });
        return nav.toString();
    }

    private static List<Path> adocFiles(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + output);
        }
    }
}
