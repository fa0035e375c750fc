package org.saferoll;

import org.saferoll.report.Report;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times the stages of one run, in the order they ran. */
final class Stopwatch {
    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long last = start;

    void lap(String stage) {
        long now = System.nanoTime();
        stages.put(stage, Duration.ofNanos(now - last));
        last = now;
    }

    Pipeline.Outcome outcome(boolean published, Report report, int pages) {
        return new Pipeline.Outcome(published, report.diagnostics(), pages, Duration.ofNanos(System.nanoTime() - start), stages, false);
    }

    /** The outcome of a build that found the site up to date: what the publish it matched reported. */
    Pipeline.Outcome upToDate(java.util.List<org.saferoll.report.Diagnostic> diagnostics, int pages) {
        return new Pipeline.Outcome(true, diagnostics, pages, Duration.ofNanos(System.nanoTime() - start), stages, true);
    }

    /** The outcome of a build that stopped before its first stage, for {@code problems}. */
    static Pipeline.Outcome refused(java.util.List<org.saferoll.report.Diagnostic> problems) {
        Report report = new Report();
        report.addAll(problems);
        return new Stopwatch().outcome(false, report, 0);
    }
}
