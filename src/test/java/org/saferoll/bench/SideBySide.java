package org.saferoll.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * SafeRoll, Antora, the Asciidoctor command line and plain JBake on the same generated pages,
 * interleaved run by run (SafeRoll, Antora, Asciidoctor, ..., SafeRoll, Antora, ...) so that every
 * system sees the same machine: this VM's speed drifts from minute to minute. Each run is a fresh
 * process; the section reports medians, ranges and peak RSS, and SafeRoll's time as a multiple of
 * Antora's from the same rotation.
 */
final class SideBySide {
    /** Runs one command under {@code /usr/bin/time}: elapsed seconds and peak RSS in KiB. */
    interface Runner {
        String[] run(List<String> command) throws IOException, InterruptedException;
    }

    /** Untimed work before a timed run, such as editing a page. */
    interface Before {
        void run(int round) throws IOException;
    }

    /** One system in the rotation; {@code output}, when set, must hold HTML after the run. */
    record Contender(String key, List<String> command, Before before, Path output) {
        static Contender of(String key, List<String> command, Path output) {
            return new Contender(key, command, round -> { }, output);
        }
    }

    static final String SAFEROLL = "saferoll";
    static final String EDITED = "saferoll-edit";
    static final String WARM = "saferoll-warm";
    static final String ANTORA = "antora";
    static final String ASCIIDOCTOR = "asciidoctor";
    static final String JBAKE = "jbake";

    private final Runner runner;
    private final int runs;
    private final Map<Integer, Map<String, Benchmark.Runs>> bySize = new TreeMap<>();
    private final String loadBefore;
    private String antoraVersion = "";
    private String asciidoctorVersion = "";
    private String command = "";

    SideBySide(Runner runner, int runs) throws IOException {
        this.runner = runner;
        this.runs = runs;
        this.loadBefore = loadAverage();
    }

    SideBySide describe(String antora, String asciidoctor, String reproduce) {
        this.antoraVersion = antora;
        this.asciidoctorVersion = asciidoctor;
        this.command = reproduce;
        return this;
    }

    /** Runs every contender {@code runs} times, interleaved; returns their runs by key. */
    Map<String, Benchmark.Runs> rotate(int size, List<Contender> contenders) throws IOException, InterruptedException {
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> rss = new LinkedHashMap<>();
        for (int round = 0; round < runs; round++) {
            for (Contender c : contenders) {
                c.before().run(round);
                String[] measured = runner.run(c.command());
                if (c.output() != null && !Peers.wroteFiles(c.output())) {
                    throw new IllegalStateException(c.key() + " wrote no HTML into " + c.output() + ": " + c.command());
                }
                seconds.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(Double.parseDouble(measured[0]));
                rss.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(Double.parseDouble(measured[1]) / 1024.0);
            }
        }
        Map<String, Benchmark.Runs> result = new LinkedHashMap<>();
        for (Contender c : contenders) {
            Benchmark.Runs r = new Benchmark.Runs(c.key() + ", " + size + " pages", seconds.get(c.key()), rss.get(c.key()));
            result.put(c.key(), r);
            System.out.println(r.row());
        }
        bySize.put(size, result);
        return result;
    }

    /** Edits one page of a corpus differently in each round, so a warm build has exactly one page to parse again. */
    static Before editOnePage(Path corpus) throws IOException {
        Path page;
        try (var list = Files.list(corpus.resolve("content/techniques"))) {
            page = list.sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(page);
        return round -> Files.writeString(page, original + "\nEdited before timed run " + (round + 1) + ".\n");
    }

    /** The section for docs/benchmarks.md. */
    String section() throws IOException {
        StringBuilder md = new StringBuilder("\n## Side by side with Antora\n\n");
        md.append("SafeRoll, Antora ").append(antoraVersion).append(", the ").append(asciidoctorVersion)
                .append(" command line and plain JBake 2.7.0 build the same generated pages (the same `.adoc` bytes; ")
                .append("for Antora copied into one component with a generated playbook, component descriptor, ")
                .append("navigation file and one-layout UI). The runs are interleaved one by one, each a fresh process; ")
                .append(runs).append(" runs each, median with min–max, peak RSS from `/usr/bin/time`. ")
                .append("Load average of the machine (1, 5, 15 min) before and after: ").append(loadBefore)
                .append(" → ").append(loadAverage()).append(".\n\n")
                .append("Reproduce: `").append(command).append("` (installs Antora into `target/peers/` and ")
                .append("Asciidoctor with apt-get when they are missing).\n\n")
                .append("| Build | SafeRoll | Antora | SafeRoll ÷ Antora | Asciidoctor, convert only | plain JBake |\n")
                .append("|---|---|---|---|---|---|\n");
        bySize.forEach((size, r) -> {
            Benchmark.Runs antora = r.get(ANTORA);
            row(md, size + " pages, cold", r.get(SAFEROLL), antora, r.get(ASCIIDOCTOR), r.get(JBAKE));
            row(md, size + " pages, one page edited, warm cache (Antora: full build)", r.get(EDITED), antora, null, null);
            row(md, size + " pages, nothing changed (Antora: full build)", r.get(WARM), antora, null, null);
        });
        md.append("\nWhat each builds: SafeRoll validates every page against the safety schema, bakes the full templates, ")
                .append("writes the search index, verifies every link and writes the offline zip; Antora converts the pages ")
                .append("and lays them out with navigation and previous/next; Asciidoctor only converts each page's body; ")
                .append("plain JBake parses with its own engine and bakes minimal templates. ")
                .append("Antora has no cache between builds, so its every build is a full one.\n\n### Targets (issue 17)\n\n");
        target(md, 1000, "1,000 pages, cold: at most 0.8× Antora's time", 0.8, 400);
        target(md, 100, "100 pages, cold: at most 1.5× Antora's time", 1.5, Double.NaN);
        target(md, 5000, "5,000 pages, cold: at most 0.8× Antora's time", 0.8, 1024);
        return md.toString();
    }

    private void target(StringBuilder md, int size, String label, double maxRatio, double maxRssMib) {
        Map<String, Benchmark.Runs> r = bySize.get(size);
        if (r == null || r.get(SAFEROLL) == null || r.get(ANTORA) == null) {
            md.append("- **not measured**: ").append(label).append('\n');
            return;
        }
        double ratio = r.get(SAFEROLL).median() / r.get(ANTORA).median();
        double rss = r.get(SAFEROLL).rss();
        boolean met = ratio <= maxRatio && (Double.isNaN(maxRssMib) || rss < maxRssMib);
        md.append("- ").append(met ? "**met**" : "**missed**").append(": ").append(label)
                .append(Double.isNaN(maxRssMib) ? "" : String.format(Locale.ROOT, ", peak RSS under %.0f MiB", maxRssMib))
                .append(String.format(Locale.ROOT, " — %.2f× (%.2f s against %.2f s), %.0f MiB%n", ratio,
                        r.get(SAFEROLL).median(), r.get(ANTORA).median(), rss));
    }

    private static void row(StringBuilder md, String label, Benchmark.Runs ours, Benchmark.Runs antora,
                            Benchmark.Runs asciidoctor, Benchmark.Runs jbake) {
        if (ours == null) {
            return;
        }
        md.append("| ").append(label).append(" | ").append(cell(ours)).append(" | ").append(cell(antora)).append(" | ")
                .append(antora == null ? "—" : ratio(ours.median() / antora.median())).append(" | ")
                .append(cell(asciidoctor)).append(" | ").append(cell(jbake)).append(" |\n");
    }

    private static String ratio(double k) {
        return String.format(Locale.ROOT, "%.2f× (%s)", k, k <= 1 ? String.format(Locale.ROOT, "%.2f× faster", 1 / k)
                : String.format(Locale.ROOT, "%.2f× slower", k));
    }

    private static String cell(Benchmark.Runs r) {
        if (r == null) {
            return "—";
        }
        double min = r.seconds().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = r.seconds().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f), %.0f MiB", r.median(), min, max, r.rss());
    }

    /** The first three fields of /proc/loadavg, or "unknown" off Linux. */
    static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
