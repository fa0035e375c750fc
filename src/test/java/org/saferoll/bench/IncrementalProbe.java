package org.saferoll.bench;

import org.saferoll.BuildOptions;
import org.saferoll.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures builds of one warm pipeline (what the preview and a build daemon keep): after a first
 * build, it alternates a build with nothing changed and a build after one page's title changed,
 * and prints each build's total and stage times, one line each, for the caller to take medians.
 * Arguments: the project folder and how many rounds.
 */
public final class IncrementalProbe {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int rounds = Integer.parseInt(args[1]);
        BuildOptions options = BuildOptions.defaults(project).withToday(LocalDate.of(2026, 11, 25)).withThreads(2);
        Path page = project.resolve("content/techniques/technique-0.adoc");
        String original = Files.readString(page);
        try (Pipeline pipeline = new Pipeline(true, 2)) {
            print("first", pipeline.build(options));
            for (int i = 1; i <= rounds; i++) {
                print("unchanged", pipeline.build(options));
                Files.writeString(page, original.replaceFirst("= [^\n]+", "= Edited Title " + i));
                print("edited", pipeline.build(options));
            }
        } finally {
            Files.writeString(page, original);
        }
        System.exit(0);
    }

    private static void print(String what, Pipeline.Outcome outcome) {
        if (!outcome.published()) {
            throw new IllegalStateException(what + " build failed: " + outcome.diagnostics());
        }
        List<String> stages = new ArrayList<>();
        for (Map.Entry<String, Duration> e : outcome.stages().entrySet()) {
            stages.add(e.getKey() + "=" + e.getValue().toMillis());
        }
        System.out.printf("%s total=%d %s%n", what, outcome.elapsed().toMillis(), String.join(" ", stages));
    }
}
