package org.saferoll.bench;

import org.saferoll.validate.ProseCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Prose check" section of docs/benchmarks.md: precision and recall of the
 * {@code unsafe-advice} check on the labelled corpus, and the time it adds to a check of 1,000
 * pages, measured by {@link ProseProbe} in fresh JVMs with the shipped flags.
 */
final class ProseBench {
    static final String HEADING = "## Prose check (unsafe-advice)";
    private static final Pattern TIME = Pattern.compile("PROSE_TIME (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");

    private ProseBench() {
    }

    /** The section, measured {@code runs} times on 1,000 pages: the shipped ones of {@code project}, repeated. */
    static String section(List<String> javaPrefix, Path project, int runs) throws IOException, InterruptedException {
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(javaPrefix);
            cmd.addAll(List.of(ProseProbe.class.getName(), project.toString(), "1000"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            Matcher m = TIME.matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("prose probe failed:\n" + output);
            }
            long[] s = new long[7];
            for (int k = 0; k < 7; k++) {
                s[k] = Long.parseLong(m.group(k + 1));
            }
            samples.add(s);
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        ProseCorpus.Score score = ProseCorpus.score(ProseCorpus.check(), ProseCorpus.examples());
        long[] first = samples.get(0);
        double extract = median(samples, s -> s[0]);
        double cold = median(samples, s -> s[1]);
        double warm = median(samples, s -> s[2]);
        double added = median(samples, s -> s[0] + s[1]);
        StringBuilder md = new StringBuilder("\n").append(HEADING).append("\n\n");
        md.append(String.format(Locale.ROOT, "Labelled corpus (`src/test/resources/prose/corpus.tsv`, %d sentences: %d unsafe, %d safe): "
                        + "precision %.1f%%, recall %.1f%% on the unsafe class (%d true positives, %d false positives, %d false negatives). "
                        + "The corpus was written for the check and the check was tuned while writing it, so these are figures on "
                        + "known sentences, not on unseen text.%n%n",
                score.truePositives() + score.falsePositives() + score.falseNegatives() + score.trueNegatives(),
                score.truePositives() + score.falseNegatives(), score.falsePositives() + score.trueNegatives(),
                100 * score.precision(), 100 * score.recall(), score.truePositives(), score.falsePositives(), score.falseNegatives()));
        md.append(String.format(Locale.ROOT, "Time the check adds to `./saferoll check` at %d pages (the shipped pages repeated: real prose, %d sentences), one thread, "
                        + "fresh JVM with the shipped flags, %d runs, median (min–max). CPU time of the thread, which the machine's load inflates "
                        + "far less than wall-clock time (the last row), though not to nothing: runs under heavier load measured up to a fifth more:%n%n", first[3], first[4], runs));
        md.append("| Part | Median | Range |\n|---|---|---|\n");
        row(md, "reading the prose out of Asciidoctor's documents (load stage; cached with the parse)", samples, s -> s[0]);
        row(md, "the rule over every page, cold JVM (ICU data and stemmer load)", samples, s -> s[1]);
        row(md, "the rule over every page again, warm", samples, s -> s[2]);
        row(md, "added in total (reading + cold rule), CPU", samples, s -> s[0] + s[1]);
        row(md, "added in total (reading + cold rule), wall clock", samples, s -> s[6]);
        md.append('\n');
        md.append("- ").append(added < 1000 ? "**met**" : "**missed**")
                .append(String.format(Locale.ROOT, ": The check adds under 1 s at 1,000 pages (CPU time) — %.2f s (reading %.2f s, rule %.2f s cold, %.2f s warm)%n",
                        added / 1000, extract / 1000, cold / 1000, warm / 1000));
        md.append(String.format(Locale.ROOT, "- The probe flagged %d sentences in those pages (the shipped pages must pass).%n", first[5]));
        md.append("- Load average of the machine before and after (1, 5, 15 min): ").append(load, 0, nth(load, 3))
                .append(" → ").append(loadAfter, 0, nth(loadAfter, 3))
                .append(". The machine is shared by several builds at once, so times vary from run to run.\n");
        md.append("- Reproduce: `bench/run --only prose` (rewrites only this section).\n");
        return md.toString();
    }

    /** Replaces this section of {@code file}, or adds it before the page weights (or the notes). */
    static void replaceIn(Path file, String section) throws IOException {
        String md = Files.exists(file) ? Files.readString(file) : "# SafeRoll benchmarks\n";
        Files.writeString(file, Benchmark.replaceSection(md, HEADING, section));
    }

    private static void row(StringBuilder md, String label, List<long[]> samples, Function<long[], Long> f) {
        List<Double> v = samples.stream().map(s -> (double) f.apply(s)).toList();
        md.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f–%.2f s |%n", label, Benchmark.median(v) / 1000,
                v.stream().mapToDouble(Double::doubleValue).min().orElse(0) / 1000,
                v.stream().mapToDouble(Double::doubleValue).max().orElse(0) / 1000));
    }

    private static double median(List<long[]> samples, Function<long[], Long> f) {
        return Benchmark.median(samples.stream().map(s -> (double) f.apply(s)).toList());
    }

    private static int nth(String s, int spaces) {
        int at = -1;
        for (int i = 0; i < spaces; i++) {
            at = s.indexOf(' ', at + 1);
        }
        return at < 0 ? s.length() : at;
    }
}
