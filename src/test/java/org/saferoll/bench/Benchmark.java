package org.saferoll.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark: builds synthetic corpora and the shipped site as fresh processes, several runs
 * each, and writes medians, ranges and peak memory to {@code docs/benchmarks.md}. Plain JBake
 * runs on the same pages in the same session, so ratios compare like with like.
 *
 * <p>Run it with {@code bench/run} (options: {@code --runs N --sizes 14,100,1000,5000 --jbake-sizes 1000});
 * {@code --only peers} measures only the side-by-side runs with Antora and Asciidoctor ({@link SideBySide}); {@code --only search}
 * re-measures just the page weights and search ({@link SearchBenchmark}) and rewrites those sections of the file;
 * {@code --only prose} measures and rewrites only the prose check's section ({@link ProseBench});
 * {@code --only spelling} only what {@code check --prose} adds ({@link #spellingOnly}); {@code --only daemon}
 * only the warm build daemon's ({@link DaemonBench}); {@code --only first-build} only the fresh clone's first build.
 */
public final class Benchmark {
    /** The JVM flags the project ships (pom.xml and ./saferoll). */
    static final List<String> SHIPPED_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
            "-Djruby.compile.mode=OFF", "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote", "-Xss4m");
    private static final Pattern TIME = Pattern.compile("BENCH_TIME ([0-9.]+) ([0-9]+) ([0-9.]+) ([0-9.]+)");

    /** Several runs of one command: seconds and peak RSS in MB. */
    record Runs(String name, List<Double> seconds, List<Double> rssMb) {
        double median() {
            return Benchmark.median(seconds);
        }

        double rss() {
            return rssMb.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        String row() {
            if (rssMb.isEmpty()) {
                return String.format(Locale.ROOT, "| %s | %.2f s | %.2f–%.2f s | (in-process) |", name, median(),
                        seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                        seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            }
            return String.format(Locale.ROOT, "| %s | %.1f s | %.1f–%.1f s | %.0f MB |", name, median(),
                    seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0), rss());
        }
    }

    private final Path repo = Path.of("").toAbsolutePath();
    private final String classpath;
    private final int runs;
    private final Map<String, Runs> results = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String searchSection = "";
    private String peersSection = "";
    private String command = "bench/run";
    private String proseSection = "";
    private String firstBuildSection = "";
    private static final String FIRST_BUILD = "## First build in a fresh clone";

    Benchmark(String classpath, int runs) {
        this.classpath = classpath;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--runs", "3", "--sizes", "14,100,1000,5000",
                "--jbake-sizes", "1000", "--out", "docs/benchmarks.md"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Benchmark b = new Benchmark(System.getProperty("java.class.path"), Integer.parseInt(options.get("--runs")));
        b.command = ("bench/run " + String.join(" ", args)).trim();
        if ("peers".equals(options.get("--only"))) {
            b.peersOnly(sizes(options.get("--sizes")), sizes(options.get("--jbake-sizes")), Path.of(options.get("--out")));
            return;
        }
        if ("search".equals(options.get("--only"))) {
            b.searchOnly(Path.of(options.get("--out")));
            return;
        }
        if ("spelling".equals(options.get("--only"))) {
            b.spellingOnly(Path.of(options.get("--out")));
            return;
        }
        if ("daemon".equals(options.get("--only"))) {
            Path out = Path.of(options.get("--out"));
            String section = new DaemonBench(b.repo, b.runs).section(b.command);
            System.out.println(section);
            Files.writeString(out, replaceSection(Files.readString(out), "## Warm build daemon", section));
            return;
        }
        if ("first-build".equals(options.get("--only"))) {
            Path out = Path.of(options.get("--out"));
            String section = b.firstBuildSection(b.repo.resolve("target/bench"));
            System.out.println(section);
            Files.writeString(out, replaceSection(Files.readString(out), FIRST_BUILD, section));
            return;
        }
        if ("prose".equals(options.get("--only"))) {
            Path out = Path.of(options.get("--out"));
            ProseBench.replaceIn(out, b.proseSection());
            System.out.println(Files.readString(out));
            return;
        }
        b.run(sizes(options.get("--sizes")), sizes(options.get("--jbake-sizes")), Path.of(options.get("--out")));
    }

    private static List<Integer> sizes(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    void run(List<Integer> sizes, List<Integer> jbakeSizes, Path out) throws Exception {
        Path work = repo.resolve("target/bench");
        org.saferoll.util.Trees.delete(work);
        measure("asciidoctor-start", "Asciidoctor start alone (JRuby), shipped JVM flags", java(SHIPPED_FLAGS, AsciidoctorStart.class.getName()));
        SideBySide sideBySide = sideBySide();
        for (int size : sizes) {
            compare(sideBySide, size, new CorpusGenerator().generate(work.resolve("corpus-" + size), size), jbakeSizes.contains(size));
        }
        peersSection = sideBySide.section();
        // Written at once, so a later failure of this long run does not lose the comparison.
        Files.writeString(out, replaceSection(Files.exists(out) ? Files.readString(out) : "", "## Side by side with Antora", peersSection));
        for (int size : sizes) {
            Path corpus = work.resolve("corpus-" + size);
            if (size == 1000) {
                measure("build-sequential-" + size, "full build, " + size + " pages, every optimisation off (one thread, no cache)",
                        saferoll("build", corpus, "--no-cache", "--sequential"));
            }
            measure("check-" + size, "validate only, " + size + " pages, cold", saferoll("check", corpus, "--no-cache"));
            run(saferoll("check", corpus));
            measure("check-warm-" + size, "validate only, " + size + " pages, warm cache", saferoll("check", corpus));
        }
        measure("shipped-build", "shipped site (" + pagesOf(repo) + " pages), full build, cold", saferoll("build", repo, "--no-cache"));
        measure("shipped-mvn", "README build command `mvn -q package -DskipTests`, warm Maven repository",
                List.of("mvn", "-q", "package", "-DskipTests"));
        firstBuildSection = firstBuildSection(work);
        List<Integer> withoutJBake = sizes.stream().filter(size -> !jbakeSizes.contains(size)).toList();
        if (!withoutJBake.isEmpty()) {
            note("Plain JBake did not run at " + withoutJBake + " pages in this run (`--jbake-sizes` names where it runs): "
                    + "it is by far the slowest system, and the whole run has to fit the quiet minutes of a shared machine.");
        }
        note("This VM's speed drifts from minute to minute, which is why every comparison with another system above "
                + "comes from runs interleaved one by one in this same run.");
        note("Also tried while developing, not in this run, and dropped for no gain outside the noise in interleaved pairs: "
                + "warming the bake stage up on the spare core while Asciidoctor boots, and Asciidoctor without source maps.");
        note("Class data sharing: Java 17's dynamic archive (-XX:ArchiveClassesAtExit) is not used; on Java 25 or newer "
                + "./saferoll keeps a JDK AOT cache, measured against the same JDK without it in the side-by-side section.");
        note("The shipped JVM flags (C1 only, JRuby's interpreter, SerialGC with a 512 MB heap, no bytecode verification of "
                + "the jars) were chosen by comparisons made while developing, not in this run; every figure above is a build "
                + "with them, and this run does not compare them with other flags.");
        if (sizes.contains(100)) {
            Path corpus = work.resolve("corpus-100");
            previewTimes(corpus);
            jbakeRebake(corpus);
        }
        searchSection = search(work);
        proseSection = proseSection();
        String report = replaceSection(report(), "## Warm build daemon", new DaemonBench(repo, runs).section(command));
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    private SideBySide sideBySide() throws IOException, InterruptedException {
        Peers peers = Peers.fromSystemProperties();
        return new SideBySide(this::run, runs).describe(peers.antoraVersion(), peers.asciidoctorVersion(), command);
    }

    /**
     * One size side by side: SafeRoll cold, Antora, Asciidoctor (and plain JBake when asked), then
     * SafeRoll with a warm cache after one page was edited and with nothing changed, on a copy of the
     * corpus so that the others keep reading the same bytes.
     */
    private void compare(SideBySide sideBySide, int size, Path corpus, boolean withJBake) throws IOException, InterruptedException {
        Peers peers = Peers.fromSystemProperties();
        Path work = corpus.getParent();
        Path playbook = AntoraProject.create(corpus, work.resolve("antora-" + size));
        Path warm = work.resolve("corpus-" + size + "-warm");
        org.saferoll.util.Trees.delete(warm);
        org.saferoll.TestProject.copyTree(corpus, warm);
        run(saferoll("build", warm)); // fills the cache
        List<SideBySide.Contender> contenders = new ArrayList<>(List.of(
                SideBySide.Contender.of(SideBySide.SAFEROLL, saferoll("build", corpus, "--no-cache"), corpus.resolve("target/site")),
                SideBySide.Contender.of(SideBySide.ANTORA, peers.antoraBuild(playbook), playbook.resolveSibling("site")),
                SideBySide.Contender.of(SideBySide.ASCIIDOCTOR, peers.asciidoctorConvert(corpus, work.resolve("asciidoctor-" + size)),
                        work.resolve("asciidoctor-" + size))));
        if (withJBake) {
            contenders.add(SideBySide.Contender.of(SideBySide.JBAKE, java(List.of(), PlainJBake.class.getName(), corpus.toString()), null));
        }
        if (peers.jdk25() != null && size <= 1000) {
            run(wrapper(peers.jdk25(), "on", corpus)); // records the AOT cache (once: its name does not depend on the pages)
            awaitAotCache();
            contenders.add(SideBySide.Contender.of(SideBySide.JDK25, wrapper(peers.jdk25(), "off", corpus), null));
            contenders.add(SideBySide.Contender.of(SideBySide.JDK25_AOT, wrapper(peers.jdk25(), "require", corpus), null));
        }
        contenders.add(new SideBySide.Contender(SideBySide.EDITED, saferoll("build", warm), SideBySide.editOnePage(warm), null));
        contenders.add(SideBySide.Contender.of(SideBySide.WARM, saferoll("build", warm), null));
        Map<String, Runs> r = sideBySide.rotate(size, contenders);
        keep("build-" + size, "full build, " + size + " pages, cold (no cache)", r.get(SideBySide.SAFEROLL));
        keep("jbake-" + size, "plain JBake 2.7.0, " + size + " pages (runs interleaved with the row above)", r.get(SideBySide.JBAKE));
        keep("build-edit-" + size, "full build, " + size + " pages, one page edited, warm cache", r.get(SideBySide.EDITED));
        keep("build-warm-" + size, "full build, " + size + " pages, warm cache (no page changed)", r.get(SideBySide.WARM));
    }

    /**
     * Issue 17's target for the shipped site's first {@code ./saferoll build} in a fresh clone, as a
     * writer runs it: {@code git clone} (untimed), then the wrapper, which compiles with Maven (the
     * local Maven repository already holds every dependency) and builds. Also the same build again
     * with the compiled classes kept and target/.cache, the site and the zip deleted: the first
     * build's own cost once compiled, in a fresh process ({@code --no-daemon}). The wrapper runs the
     * {@code java} on the PATH.
     */
    private String firstBuildSection(Path work) throws IOException, InterruptedException {
        Path clone = work.resolve("fresh-clone");
        List<Double> first = new ArrayList<>();
        List<Double> firstRss = new ArrayList<>();
        List<Double> compiled = new ArrayList<>();
        List<Double> compiledRss = new ArrayList<>();
        String wrapper = clone.resolve("saferoll").toString();
        for (int i = 0; i < runs; i++) {
            org.saferoll.util.Trees.delete(clone);
            run(List.of("git", "clone", "-q", repo.toString(), clone.toString()));
            String[] m = run(List.of(wrapper, "build"));
            first.add(Double.parseDouble(m[0]));
            firstRss.add(Double.parseDouble(m[1]) / 1024.0);
            // The build may have left a warm daemon for the clone: stopped, so the next build is a fresh process.
            new ProcessBuilder(wrapper, "daemon", "stop").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            for (String output : List.of("target/.cache", "target/site", "target/saferoll-site.zip")) {
                org.saferoll.util.Trees.delete(clone.resolve(output));
            }
            m = run(List.of(wrapper, "build", "--no-daemon"));
            compiled.add(Double.parseDouble(m[0]));
            compiledRss.add(Double.parseDouble(m[1]) / 1024.0);
        }
        org.saferoll.util.Trees.delete(clone);
        Runs withCompile = new Runs("`./saferoll build` in a fresh clone: Maven compile, then the build", first, firstRss);
        Runs afterCompile = new Runs("the same again with `--no-daemon`: compiled classes kept; cache, site and zip deleted",
                compiled, compiledRss);
        StringBuilder md = new StringBuilder("\n" + FIRST_BUILD + "\n\n");
        md.append("The shipped site (").append(pagesOf(repo)).append(" pages) from `git clone` of the committed tree, ")
                .append(runs).append(runs == 1 ? " run" : " runs, each").append(" in a new clone; load average before: ").append(SideBySide.loadAverage())
                .append(". Reproduce: `bench/run --only first-build` (rewrites only this section).\n\n")
                .append("| What | Median | Range | Peak RSS |\n|---|---|---|---|\n")
                .append(withCompile.row()).append('\n').append(afterCompile.row()).append("\n\n");
        line(md, "The shipped site, first `./saferoll build` in a fresh clone: under 2 s (this includes the Maven compile "
                + "a fresh clone needs)", withCompile.median() < 2, String.format(Locale.ROOT, "%.1f s", withCompile.median()));
        line(md, "The same first build once compiled (empty cache, fresh JVM): under 2 s", afterCompile.median() < 2,
                String.format(Locale.ROOT, "%.1f s", afterCompile.median()));
        System.out.print(md);
        return md.toString();
    }

    /**
     * {@code ./saferoll build --no-cache} on another JDK, with its AOT cache off, on, or required; in a
     * fresh process ({@code --no-daemon}), as every row of the side-by-side table, and because only a
     * fresh process records the AOT cache.
     */
    private List<String> wrapper(Path jdk, String aot, Path corpus) {
        return List.of("env", "JAVA_HOME=" + jdk, "SAFEROLL_AOT=" + aot, repo.resolve("saferoll").toString(),
                "build", "--no-cache", "--no-daemon", "--project", corpus.toString());
    }

    /** Waits for ./saferoll's background writer to finish the AOT cache it recorded. */
    private void awaitAotCache() throws IOException, InterruptedException {
        Path aot = repo.resolve("target/aot");
        for (int i = 0; i < 1200; i++) {
            try (var list = Files.list(aot)) {
                List<String> names = list.map(p -> p.getFileName().toString()).toList();
                if (names.stream().anyMatch(n -> n.endsWith(".aot")) && names.stream().noneMatch(n -> n.endsWith(".recording"))) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("./saferoll wrote no AOT cache into " + aot);
    }

    private void keep(String key, String name, Runs r) {
        if (r != null) {
            results.put(key, new Runs(name, r.seconds(), r.rssMb()));
        }
    }

    /** Rewrites only the side-by-side section of an existing report. */
    private void peersOnly(List<Integer> sizes, List<Integer> jbakeSizes, Path out) throws Exception {
        Path work = repo.resolve("target/bench");
        org.saferoll.util.Trees.delete(work);
        SideBySide sideBySide = sideBySide();
        for (int size : sizes) {
            compare(sideBySide, size, new CorpusGenerator().generate(work.resolve("corpus-" + size), size), jbakeSizes.contains(size));
        }
        String section = sideBySide.section();
        System.out.println(section);
        Files.writeString(out, replaceSection(Files.readString(out), "## Side by side with Antora", section));
    }

    /**
     * {@code doc} with the section under {@code heading} replaced by {@code section}; a new section goes
     * before the page weights (which {@code --only search} rewrites to the end), else before the notes.
     */
    static String replaceSection(String doc, String heading, String section) {
        int from = doc.indexOf("\n" + heading);
        if (from < 0) {
            int next = doc.indexOf("\n## Page weight");
            next = next < 0 ? doc.indexOf("\n## Notes") : next;
            return next < 0 ? doc + section : doc.substring(0, next) + section + doc.substring(next);
        }
        int to = doc.indexOf("\n## ", from + 1);
        return doc.substring(0, from) + section + (to < 0 ? "" : doc.substring(to));
    }

    private static String search(Path work) {
        try {
            return SearchBenchmark.section(work);
        } catch (Exception e) {
            return "\n## Search\n\n(search could not be measured: " + e.getMessage() + ")\n";
        }
    }

    /** Rewrites only the page-weight and search sections of an existing report, from the shipped site built afresh. */
    private void searchOnly(Path out) throws IOException {
        String old = Files.readString(out);
        StringBuilder md = new StringBuilder();
        pageWeights(md, org.saferoll.BuiltSite.dir());
        md.append(search(repo.resolve("target/bench")));
        int from = old.indexOf("\n## Page weight");
        int to = old.indexOf("\n## Notes");
        String report = old.substring(0, from < 0 ? old.length() : from) + md + (to < 0 ? "" : old.substring(to));
        System.out.println(md);
        Files.writeString(out, report);
    }

    private List<String> saferoll(String command, Path project, String... extra) {
        List<String> args = new ArrayList<>(List.of("org.saferoll.cli.SafeRoll", command, "--project", project.toString()));
        args.addAll(List.of(extra));
        return java(SHIPPED_FLAGS, args.toArray(new String[0]));
    }

    private List<String> java(List<String> flags, String... mainAndArgs) {
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", classpath));
        cmd.addAll(List.of(mainAndArgs));
        return cmd;
    }

    private static long pagesOf(Path project) throws IOException {
        try (var walk = Files.walk(project.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".adoc")).count();
        }
    }

    private void measurePair(String keyA, String nameA, List<String> a, String keyB, String nameB, List<String> b)
            throws IOException, InterruptedException {
        List<Double> secondsA = new ArrayList<>();
        List<Double> rssA = new ArrayList<>();
        List<Double> secondsB = new ArrayList<>();
        List<Double> rssB = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String[] ma = run(a);
            secondsA.add(Double.parseDouble(ma[0]));
            rssA.add(Double.parseDouble(ma[1]) / 1024.0);
            String[] mb = run(b);
            secondsB.add(Double.parseDouble(mb[0]));
            rssB.add(Double.parseDouble(mb[1]) / 1024.0);
        }
        results.put(keyA, new Runs(nameA, secondsA, rssA));
        results.put(keyB, new Runs(nameB, secondsB, rssB));
        System.out.println(results.get(keyA).row());
        System.out.println(results.get(keyB).row());
    }

    private void measure(String key, String name, List<String> command) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String[] measured = run(command);
            seconds.add(Double.parseDouble(measured[0]));
            rss.add(Double.parseDouble(measured[1]) / 1024.0);
        }
        Runs r = new Runs(name, seconds, rss);
        results.put(key, r);
        System.out.println(r.row());
    }

    /** Runs a command under /usr/bin/time; returns elapsed seconds, peak RSS in KB and CPU seconds (user + system). */
    private String[] run(List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH_TIME %e %M %U %S"));
        timed.addAll(command);
        Process p = new ProcessBuilder(timed).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int status = p.waitFor();
        Matcher m = TIME.matcher(output);
        if (status != 0 || !m.find()) {
            throw new IllegalStateException("benchmark command failed (" + status + "): " + command + "\n" + output);
        }
        double cpu = Double.parseDouble(m.group(3)) + Double.parseDouble(m.group(4));
        return new String[]{m.group(1), m.group(2), String.format(Locale.ROOT, "%.2f", cpu)};
    }

    private void previewTimes(Path corpus) throws IOException, InterruptedException {
        List<String> cmd = java(SHIPPED_FLAGS, PreviewProbe.class.getName(), corpus.toString(), "7");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        List<Double> ms = new ArrayList<>();
        Matcher m = Pattern.compile("edit_ms=(\\d+)").matcher(output);
        while (m.find()) {
            ms.add(Double.parseDouble(m.group(1)) / 1000.0);
        }
        if (ms.isEmpty()) {
            throw new IllegalStateException("preview probe failed:\n" + output);
        }
        results.put("preview-100", new Runs("preview edit to visible, 100 pages", ms, List.of()));
        System.out.println(results.get("preview-100").row());
    }

    private void jbakeRebake(Path corpus) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(java(List.of(), PlainJBake.class.getName(), corpus.toString(), "--twice"))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            Matcher m = Pattern.compile("rebake_ms=(\\d+)").matcher(output);
            if (m.find()) {
                seconds.add(Double.parseDouble(m.group(1)) / 1000.0);
            }
        }
        results.put("jbake-rebake-100", new Runs("plain JBake re-bake after an edit (warm JVM), 100 pages", seconds, List.of()));
        System.out.println(results.get("jbake-rebake-100").row());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private String report() {
        StringBuilder md = new StringBuilder();
        md.append("# SafeRoll benchmarks\n\n")
                .append("Measured on ").append(LocalDate.now()).append(" on this project's machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(". Every figure is a whole fresh process (JVM start included) unless said otherwise; ")
                .append(runs).append(" runs each, median with min–max, peak RSS from `/usr/bin/time`.\n\n")
                .append("Reproduce: `").append(command).append("` (it compiles, generates the corpora under `target/bench/` and rewrites this file).\n\n")
                .append("Corpora: synthetic pages of about 630 words with lists, a table and admonitions, ")
                .append("three quarters techniques and one quarter routines whose steps refer to them; they pass the safety schema. ")
                .append("Plain JBake bakes the same content folder through its own API (Oven, in-memory store, its own Asciidoctor engine, ")
                .append("minimal templates with previous/next), with default JVM flags.\n\n")
                .append("| What | Median | Range | Peak RSS |\n|---|---|---|---|\n");
        results.values().forEach(r -> md.append(r.row()).append('\n'));
        md.append("\n## Targets\n\n");
        ratio(md);
        target(md, "Peak RSS at 1,000 pages under 512 MB", "build-1000", r -> r.rss() < 512,
                r -> String.format(Locale.ROOT, "%.0f MB", r.rss()));
        Runs b1 = results.get("build-1000");
        Runs b5 = results.get("build-5000");
        if (b1 != null && b5 != null) {
            double k = b5.median() / b1.median();
            line(md, "5,000 pages under 5× the 1,000-page time", k < 5, String.format(Locale.ROOT, "%.1f×", k));
            line(md, "5,000 pages under 1 GiB RSS", b5.rss() < 1024, String.format(Locale.ROOT, "%.0f MB", b5.rss()));
        }
        target(md, "Shipped site: full build under 8 s (fresh process)", "shipped-build", r -> r.median() < 8,
                r -> String.format(Locale.ROOT, "%.1f s", r.median()));
        target(md, "README build command with Maven under 15 s (warm repository)", "shipped-mvn", r -> r.median() < 15,
                r -> String.format(Locale.ROOT, "%.1f s", r.median()));
        target(md, "Preview: an edit visible within 1 s at 100 pages", "preview-100", r -> r.median() < 1,
                r -> String.format(Locale.ROOT, "%.2f s", r.median()));
        Runs preview = results.get("preview-100");
        Runs rebake = results.get("jbake-rebake-100");
        if (preview != null && rebake != null && !rebake.seconds().isEmpty()) {
            double k = rebake.median() / preview.median();
            line(md, "Preview ≥ 5× faster than JBake's rebuild on change", k >= 5, String.format(Locale.ROOT,
                    "%.1f× (JBake re-bakes in %.1f s in a warm JVM; its watch mode adds file-watch latency on top)", k, rebake.median()));
        }
        target(md, "Validate-only at 1,000 pages under 5 s, cold", "check-1000", r -> r.median() < 5,
                r -> String.format(Locale.ROOT, "%.1f s", r.median()));
        target(md, "Validate-only at 1,000 pages under 5 s, warm cache", "check-warm-1000", r -> r.median() < 5,
                r -> String.format(Locale.ROOT, "%.1f s", r.median()));
        // Side by side and prose before the page weights: --only search rewrites from there to the notes.
        md.append(peersSection);
        md.append(firstBuildSection);
        md.append(proseSection);
        pageWeights(md, repo.resolve("target/site"));
        md.append(searchSection);
        md.append("\n## Notes\n\n").append(String.join("\n", notes)).append(notes.isEmpty() ? "" : "\n");
        return md.toString();
    }

    /** Issue 5's budgets, from the shipped site just built: HTML+CSS+JS per page, and the search index. */
    private void pageWeights(StringBuilder md, Path site) {
        try {
            md.append("\n## Page weight (shipped site, uncompressed)\n\n| Page | HTML+CSS+JS |\n|---|---|\n");
            long max = 0;
            for (String page : List.of("index.html", "techniques/thoracic-spine-roll.html", "routines/post-workout-recovery.html",
                    "precautions/avoid-the-lumbar-spine.html", "safety-schema.html")) {
                long bytes = org.saferoll.PageWeightAccess.weight(site, page);
                max = Math.max(max, bytes);
                md.append(String.format(Locale.ROOT, "| %s | %.1f KB |%n", page, bytes / 1024.0));
            }
            long index = Files.size(site.resolve("search-index.js"));
            md.append('\n');
            line(md, "Typical page under 60 KB of HTML+CSS+JS it loads before the reader searches (the search index "
                    + "loads on the first focus of the search box)", max < 60 * 1024,
                    String.format(Locale.ROOT, "at most %.1f KB", max / 1024.0));
            line(md, "Search index of the shipped site under 150 KB", index < 150 * 1024,
                    String.format(Locale.ROOT, "%.1f KB", index / 1024.0));
        } catch (Exception e) {
            md.append("(page weights unavailable: ").append(e.getMessage()).append(")\n");
        }
    }

    private void ratio(StringBuilder md) {
        Runs ours = results.get("build-1000");
        Runs jbake = results.get("jbake-1000");
        if (ours != null && jbake != null) {
            double k = jbake.median() / ours.median();
            line(md, "At least 4× faster than plain JBake at 1,000 pages (same run)", k >= 4, String.format(Locale.ROOT, "%.1f×", k));
        }
    }

    private void target(StringBuilder md, String label, String key, java.util.function.Predicate<Runs> met,
                        java.util.function.Function<Runs, String> value) {
        Runs r = results.get(key);
        if (r != null) {
            line(md, label, met.test(r), value.apply(r));
        }
    }

    private static void line(StringBuilder md, String label, boolean met, String value) {
        md.append("- ").append(met ? "**met**" : "**missed**").append(": ").append(label).append(" — ").append(value).append('\n');
    }

    static final String SPELLING_HEADING = "## Spelling and grammar (check --prose)";

    /**
     * What LanguageTool adds to {@code check}: {@code check} and {@code check --prose} interleaved
     * on the shipped site and on a 100-page corpus, fresh JVMs, the parse cache warm for both (as
     * a writer runs them), into its own section of {@code out}.
     */
    private void spellingOnly(Path out) throws Exception {
        Path corpus = new CorpusGenerator().generate(repo.resolve("target/bench/corpus-spelling-100"), 100);
        StringBuilder md = new StringBuilder("\n").append(SPELLING_HEADING).append("\n\n");
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        for (var site : List.of(Map.entry("shipped site", repo), Map.entry("100 pages", corpus))) {
            run(saferoll("check", site.getValue())); // fills the parse cache both commands then read
            String key = "spelling-" + site.getKey();
            measurePair(key + "-check", "check, " + site.getKey(), saferoll("check", site.getValue()),
                    key + "-prose", "check --prose, " + site.getKey(), saferoll("check", site.getValue(), "--prose"));
        }
        md.append("| What | Median | Range | Peak RSS |\n|---|---|---|---|\n");
        results.values().forEach(r -> md.append(r.row()).append('\n'));
        md.append('\n');
        for (String site : List.of("shipped site", "100 pages")) {
            Runs plain = results.get("spelling-" + site + "-check");
            Runs prose = results.get("spelling-" + site + "-prose");
            double rssPlain = median(plain.rssMb());
            double rssProse = median(prose.rssMb());
            md.append(String.format(Locale.ROOT, "- %s: --prose adds %.1f s (median %.1f s against %.1f s) and %.0f MB of peak RSS "
                    + "(medians %.0f MB against %.0f MB)%n", site, prose.median() - plain.median(), prose.median(), plain.median(),
                    rssProse - rssPlain, rssProse, rssPlain));
        }
        md.append(String.format(Locale.ROOT, "%n%d runs of each, interleaved (check, check --prose, check, ...), median with min–max; "
                + "load average before: %s, after: %s. Reproduce: `bench/run --only spelling --runs %d` "
                + "(it installs LanguageTool's classpath when missing).%n", runs, load,
                Files.readString(Path.of("/proc/loadavg")).trim(), runs));
        System.out.println(md);
        Files.writeString(out, replaceSection(Files.readString(out), SPELLING_HEADING, md.toString()));
    }

    /** The prose check's section, on 1,000 pages of real prose. */
    private String proseSection() throws IOException, InterruptedException {
        return ProseBench.section(java(SHIPPED_FLAGS), repo, runs);
    }

    void note(String text) {
        notes.add("- " + text);
    }
}
