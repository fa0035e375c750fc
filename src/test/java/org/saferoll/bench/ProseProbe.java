package org.saferoll.bench;

import org.saferoll.TestProject;
import org.saferoll.load.AsciidocParser;
import org.saferoll.load.Header;
import org.saferoll.load.Page;
import org.saferoll.load.Prose;
import org.saferoll.load.ProseReader;
import org.saferoll.load.Site;
import org.saferoll.load.SourceFile;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.RuleContext;
import org.saferoll.validate.rules.UnsafeAdviceRule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run in a fresh JVM by {@link Benchmark}: parses {@code count} pages, the project's own pages
 * repeated, once (not timed), then
 * times what the prose check adds on one thread: reading the prose out of Asciidoctor's document,
 * and the {@code unsafe-advice} rule over every page, first in a cold JVM (ICU's data and the
 * stemmer load then) and again warm. Prints {@code PROSE_TIME extract_ms rule_cold_ms rule_warm_ms pages sentences flagged}.
 */
public final class ProseProbe {
    private ProseProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Path> shipped;
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            shipped = walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        // The shipped pages, over and over: real prose that names the lower back, the neck and the
        // stop signs on almost every page, unlike the generated benchmark pages.
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(shipped.get(i % shipped.size()));
        }
        List<Page> pages = new ArrayList<>();
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long extract = 0;
        long wall = 0;
        try (AsciidocParser parser = new AsciidocParser()) {
            for (Path f : files) {
                SourceFile source = SourceFile.of(project.relativize(f).toString(), Files.readString(f));
                var parsed = parser.parse(source.text(), false);
                long t0 = cpu.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                List<Prose> prose = ProseReader.read(parsed.document(), source);
                extract += cpu.getCurrentThreadCpuTime() - t0;
                wall += System.nanoTime() - w0;
                pages.add(new Page(source, "p" + pages.size(), "p.html", Header.read(source.lines()), List.of(), "", java.util.Set.of(), prose));
            }
        }
        SafetySchema schema = SafetySchema.load(project.resolve("schema"));
        RuleContext context = new RuleContext(new Site(project, pages, List.of()), schema, TestProject.TODAY);
        UnsafeAdviceRule rule = new UnsafeAdviceRule();
        List<Diagnostic> out = new ArrayList<>();
        long t0 = cpu.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (Page p : pages) {
            rule.check(p, context, out);
        }
        long cold = cpu.getCurrentThreadCpuTime() - t0;
        wall += System.nanoTime() - w0;
        int flagged = out.size();
        t0 = cpu.getCurrentThreadCpuTime();
        for (Page p : pages) {
            rule.check(p, context, new ArrayList<>());
        }
        long warm = cpu.getCurrentThreadCpuTime() - t0;
        var splitter = new org.saferoll.validate.prose.SentenceSplitter(List.of());
        long sentences = pages.stream().flatMap(p -> p.prose().stream()).mapToLong(b -> splitter.split(b).size()).sum();
        System.out.printf(java.util.Locale.ROOT, "PROSE_TIME %d %d %d %d %d %d %d%n", extract / 1_000_000, cold / 1_000_000,
                warm / 1_000_000, pages.size(), sentences, flagged, wall / 1_000_000);
    }
}
