package org.saferoll.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/run --only daemon}: the writer's whole command ({@code ./saferoll build} or
 * {@code check}, the launcher and the client's JVM start included) against a warm build daemon on a
 * generated 1,000-page corpus, measured against issue 17's targets, and the client's start alone.
 */
final class DaemonBench {
    private static final Pattern TIME = Pattern.compile("BENCH_TIME ([0-9.]+)");
    /** Builds before measuring, so the daemon is started and its JIT has compiled the hot paths. */
    private static final int WARM_UP = 4;

    private final Path repo;
    private final int runs;
    private final Map<String, String> env;

    DaemonBench(Path repo, int runs) {
        this.repo = repo;
        this.runs = runs;
        // The daemon of this measurement only, in a folder of its own: no writer's daemon is touched.
        this.env = Map.of("SAFEROLL_DAEMON_DIR", repo.resolve("target/bench/daemon").toString());
    }

    /** One measured row: what ran, its times, and issue 17's target for it (0: none). */
    private record Row(String name, List<Double> seconds, double target) {
        String cells() {
            double median = Benchmark.median(seconds);
            String verdict = target == 0 ? "" : median < target ? "met" : "**missed**";
            return String.format(Locale.ROOT, "| %s | %.2f s | %.2f–%.2f s | %s | %s |", name, median,
                    seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    target == 0 ? "" : String.format(Locale.ROOT, "< %.1f s", target), verdict);
        }
    }

    String section(String command) throws IOException, InterruptedException {
        String loadBefore = SideBySide.loadAverage();
        Path corpus = repo.resolve("target/bench/daemon-1000");
        org.saferoll.util.Trees.delete(corpus);
        new CorpusGenerator().generate(corpus, 1000);
        SideBySide.Before edit = SideBySide.editOnePage(corpus);
        List<Row> rows = new ArrayList<>();
        String stages;
        try {
            Row first = new Row("first `./saferoll build`: starts the daemon, cold", List.of(time(saferoll("build", corpus))), 0);
            for (int i = 1; i < WARM_UP; i++) {
                time(saferoll("build", corpus));
            }
            time(saferoll("check", corpus)); // a check parses without converting: its pages are kept apart from the build's
            List<Double> unchanged = new ArrayList<>();
            List<Double> edited = new ArrayList<>();
            List<Double> checked = new ArrayList<>();
            List<Double> client = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                edit.run(2 * i);
                edited.add(time(saferoll("build", corpus)));
                // Right after that build: the check's edit of the round before is built by then.
                unchanged.add(time(saferoll("build", corpus)));
                edit.run(2 * i + 1);
                checked.add(time(saferoll("check", corpus)));
                client.add(time(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                        "-cp", repo.resolve("target/classes").toString(), "org.saferoll.daemon.DaemonClient", "daemon", "status")));
            }
            time(saferoll("build", corpus)); // builds the last edit, so the next build has nothing to do
            stages = run(List.of(repo.resolve("saferoll").toString(), "build", "--timings", "--project", corpus.toString()));
            rows.add(first);
            rows.add(new Row("`./saferoll build`, nothing changed", unchanged, 0.3));
            rows.add(new Row("`./saferoll build` after one page was edited", edited, 0.5));
            rows.add(new Row("`./saferoll check` after one page was edited", checked, 0.3));
            rows.add(new Row("the client alone: JVM start, connect, `daemon status`", client, 0.2));
        } finally {
            run(List.of(repo.resolve("saferoll").toString(), "daemon", "stop"));
        }
        StringBuilder md = new StringBuilder("\n## Warm build daemon\n\n")
                .append("`./saferoll build` and `check` with the build daemon warm, on a generated corpus of 1,000 pages, each timed as ")
                .append("the writer's whole command (`/usr/bin/time` around `./saferoll ... --project CORPUS`: the launcher script, ")
                .append("the client's JVM start and the daemon's work); ").append(WARM_UP).append(" builds and one check first warm the daemon up, then ")
                .append(runs).append(" rounds of: edit one page and build, build again with nothing changed, edit the page again and check, ")
                .append("the client alone. Median with min–max. Load average (1, 5, 15 min) before and after: ")
                .append(loadBefore).append(" → ").append(SideBySide.loadAverage()).append(" on 2 cores.\n\n")
                .append("Reproduce: `").append(command).append("`\n\n")
                .append("| Command | Median | Range | Target (issue 17) | |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r.cells()).append('\n'));
        md.append("\nWhere a warm build with nothing changed spends its time (one more run, `./saferoll build --timings`): ");
        Matcher stage = Pattern.compile("(?m)^\\s+(\\w+)\\s+(\\d+) ms$").matcher(stages);
        List<String> parts = new ArrayList<>();
        while (stage.find()) {
            parts.add(stage.group(1) + " " + stage.group(2) + " ms");
        }
        md.append(String.join(", ", parts)).append(". With nothing changed since its last publish the daemon runs no stage: it compares a digest of the ")
                .append("inputs and the published files' stamps with what it left (`unchanged`), then says the site is up to date.\n");
        return md.toString();
    }

    private List<String> saferoll(String command, Path corpus) {
        return List.of(repo.resolve("saferoll").toString(), command, "--project", corpus.toString());
    }

    private double time(List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH_TIME %e"));
        timed.addAll(command);
        String output = run(timed);
        Matcher m = TIME.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no time from " + command + ":\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().remove("CI");
        builder.environment().putAll(env);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("benchmark command failed (" + p.exitValue() + "): " + command + "\n" + output);
        }
        return output;
    }
}
