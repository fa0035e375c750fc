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
    /** Runs one command under {@code /usr/bin/time}: elapsed seconds, peak RSS in KiB and CPU seconds. */
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
    static final String JDK25 = "saferoll-jdk25";
    static final String JDK25_AOT = "saferoll-jdk25-aot";

    private final Runner runner;
    private final int runs;
    private final Map<Integer, Map<String, Benchmark.Runs>> bySize = new TreeMap<>();
    /** CPU seconds (user + system) of each run, by size and key: steadier than elapsed time on a busy machine. */
    private final Map<Integer, Map<String, List<Double>>> cpuBySize = new TreeMap<>();
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
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int round = 0; round < runs; round++) {
            for (Contender c : contenders) {
                c.before().run(round);
                String[] measured = runner.run(c.command());
                if (c.output() != null && !Peers.wroteFiles(c.output())) {
                    throw new IllegalStateException(c.key() + " wrote no HTML into " + c.output() + ": " + c.command());
                }
                seconds.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(Double.parseDouble(measured[0]));
                rss.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(Double.parseDouble(measured[1]) / 1024.0);
                cpu.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(Double.parseDouble(measured[2]));
            }
        }
        Map<String, Benchmark.Runs> result = new LinkedHashMap<>();
        for (Contender c : contenders) {
            Benchmark.Runs r = new Benchmark.Runs(c.key() + ", " + size + " pages", seconds.get(c.key()), rss.get(c.key()));
            result.put(c.key(), r);
            System.out.println(r.row());
        }
        bySize.put(size, result);
        cpuBySize.put(size, cpu);
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
                .append(runs).append(" runs each, median with min–max, median CPU time (user + system) and peak RSS from `/usr/bin/time`. ")
                .append("Load average of the machine (1, 5, 15 min) before and after: ").append(loadBefore)
                .append(" → ").append(loadAverage()).append(".\n\n")
                .append("Reproduce: `").append(command).append("` (installs Antora into `target/peers/` and ")
                .append("Asciidoctor with apt-get when they are missing).\n\n")
                .append("| Build | SafeRoll | Antora | SafeRoll ÷ Antora | Asciidoctor, convert only | plain JBake |\n")
                .append("|---|---|---|---|---|---|\n");
        bySize.forEach((size, r) -> {
            Map<String, List<Double>> cpu = cpuBySize.get(size);
            String antora = cell(r.get(ANTORA), cpu.get(ANTORA));
            double antoraMedian = r.get(ANTORA).median();
            row(md, size + " pages, cold", r.get(SAFEROLL), cpu.get(SAFEROLL), antora, antoraMedian,
                    cell(r.get(ASCIIDOCTOR), cpu.get(ASCIIDOCTOR)), cell(r.get(JBAKE), cpu.get(JBAKE)));
            row(md, size + " pages, cold, JDK 25 (`./saferoll`, no AOT cache)", r.get(JDK25), cpu.get(JDK25), antora, antoraMedian, "—", "—");
            row(md, size + " pages, cold, JDK 25 with its AOT cache (`./saferoll`)", r.get(JDK25_AOT), cpu.get(JDK25_AOT),
                    antora, antoraMedian, "—", "—");
            row(md, size + " pages, one page edited, warm cache (Antora: full build)", r.get(EDITED), cpu.get(EDITED), antora, antoraMedian, "—", "—");
            row(md, size + " pages, nothing changed (Antora: full build)", r.get(WARM), cpu.get(WARM), antora, antoraMedian, "—", "—");
        });
        md.append("\nWhat each builds: SafeRoll validates every page against the safety schema, bakes the full templates, ")
                .append("writes the search index, verifies every link and writes the offline zip; Antora converts the pages ")
                .append("and lays them out with navigation and previous/next; Asciidoctor only converts each page's body; ")
                .append("plain JBake parses with its own engine and bakes minimal templates. ")
                .append("Antora has no cache between builds, so its every build is a full one. ")
                .append("SafeRoll on Java 17 runs as `java` with the shipped flags; the JDK 25 rows run the `./saferoll` wrapper, ")
                .append("which adds a bash start and, with the AOT cache, maps the classes recorded by an earlier build.\n\n");
        aotEffect(md);
        md.append("\n### Targets (issue 17)\n\n");
        target(md, 1000, "1,000 pages, cold: at most 0.8× Antora's time", 0.8, 400);
        target(md, 100, "100 pages, cold: at most 1.5× Antora's time", 1.5, Double.NaN);
        target(md, 5000, "5,000 pages, cold: at most 0.8× Antora's time", 0.8, 1024);
        md.append("- the warm build daemon's targets (1,000 pages: an edit published in under 0.5 s, nothing changed ")
                .append("under 0.3 s, check after an edit under 0.3 s): see \"Warm build daemon\" below; the rows ")
                .append("\"one page edited\" and \"nothing changed\" above are fresh processes with the disk cache, no daemon\n")
                .append("- the shipped site's first `./saferoll build` in a fresh clone: see \"First build in a fresh clone\" below\n");
        return md.toString();
    }

    /** The AOT cache's effect: the same JDK with and without it, from the same rotation. */
    private void aotEffect(StringBuilder md) {
        bySize.forEach((size, r) -> {
            Benchmark.Runs off = r.get(JDK25);
            Benchmark.Runs on = r.get(JDK25_AOT);
            if (off != null && on != null) {
                Map<String, List<Double>> cpu = cpuBySize.get(size);
                md.append(String.format(Locale.ROOT, "- AOT cache at %d pages: %.2f s with it, %.2f s without (%.2f×, %+.2f s); "
                        + "CPU %.2f s against %.2f s; Java 17 %.2f s (CPU %.2f s).%n", size, on.median(), off.median(),
                        on.median() / off.median(), on.median() - off.median(), Benchmark.median(cpu.get(JDK25_AOT)),
                        Benchmark.median(cpu.get(JDK25)), r.get(SAFEROLL).median(), Benchmark.median(cpu.get(SAFEROLL))));
            }
        });
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

    private static void row(StringBuilder md, String label, Benchmark.Runs ours, List<Double> cpu, String antora,
                            double antoraMedian, String asciidoctor, String jbake) {
        if (ours == null) {
            return;
        }
        md.append("| ").append(label).append(" | ").append(cell(ours, cpu)).append(" | ").append(antora).append(" | ")
                .append(ratio(ours.median() / antoraMedian)).append(" | ").append(asciidoctor).append(" | ").append(jbake).append(" |\n");
    }

    private static String ratio(double k) {
        return String.format(Locale.ROOT, "%.2f× (%s)", k, k <= 1 ? String.format(Locale.ROOT, "%.2f× faster", 1 / k)
                : String.format(Locale.ROOT, "%.2f× slower", k));
    }

    private static String cell(Benchmark.Runs r, List<Double> cpu) {
        if (r == null) {
            return "—";
        }
        double min = r.seconds().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = r.seconds().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f), CPU %.2f s, %.0f MiB", r.median(), min, max,
                Benchmark.median(cpu), r.rss());
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
