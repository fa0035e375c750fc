package org.saferoll.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Every diagnostic of one run, collected from all stages so a writer sees all problems at once. */
public final class Report {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public synchronized void addAll(Collection<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    /** All diagnostics in a stable order (file, line, rule). */
    public synchronized List<Diagnostic> diagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.ORDER);
        return sorted;
    }

    public synchronized long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return diagnostics.size() - errorCount();
    }

    /** True when the build must stop: any error, or any warning when {@code strict}. */
    public synchronized boolean fails(boolean strict) {
        return fails(strict, d -> true);
    }

    /** As {@link #fails(boolean)}, counting only the diagnostics {@code counted} accepts. */
    public synchronized boolean fails(boolean strict, java.util.function.Predicate<Diagnostic> counted) {
        return diagnostics.stream().filter(counted).anyMatch(d -> d.isError() || strict);
    }
}
