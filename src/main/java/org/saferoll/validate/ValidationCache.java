package org.saferoll.validate;

import org.saferoll.load.Page;
import org.saferoll.load.Site;
import org.saferoll.report.Diagnostic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the last validations found, page by page, so a warm pipeline checks again only what can
 * have changed. In memory only: nothing on disk can plant a result.
 *
 * <p>A page's page-local results are kept while the page (its whole parsed record), the schema,
 * the date and the rules are equal to the run that made them. Its site-wide results are kept
 * besides only while the facts of the whole site ({@link SiteFacts}) are equal too; any change
 * to them (a title, an anchor, a step, a page added or removed) checks every page again.
 */
public final class ValidationCache {
    /** What every result depends on: the schema folder's digest, the date and the rules, by class. */
    record Key(String schema, LocalDate today, List<String> rules) {
    }

    /**
     * One page's results: its basics (title, type, status, folder, header schema), whether it
     * got as far as the rules, and one list per rule; {@code null} for the rules of the other kind.
     */
    record Checked(Page page, List<Diagnostic> basics, boolean typed, List<List<Diagnostic>> byRule) {
    }

    private Key key;
    private Site facts;
    private final Map<String, Checked> local = new ConcurrentHashMap<>();
    private final Map<String, Checked> siteWide = new ConcurrentHashMap<>();

    /** Starts a run: drops what {@code key} or the site's {@code facts} no longer vouch for. */
    synchronized void start(Key key, Site facts) {
        if (!key.equals(this.key)) {
            local.clear();
            siteWide.clear();
            this.key = key;
        }
        if (this.facts == null || !facts.pages().equals(this.facts.pages()) || !facts.problems().equals(this.facts.problems())) {
            siteWide.clear();
            this.facts = facts;
        }
        Set<String> paths = facts.pages().stream().map(Page::path).collect(Collectors.toSet());
        local.keySet().retainAll(paths);
        siteWide.keySet().retainAll(paths);
    }

    /** The page-local results of {@code page}, computed when not kept. */
    Checked local(Page page, Supplier<Checked> check) {
        return kept(local, page, check);
    }

    /** The site-wide results of {@code page}, computed when not kept. */
    Checked siteWide(Page page, Supplier<Checked> check) {
        return kept(siteWide, page, check);
    }

    private static Checked kept(Map<String, Checked> results, Page page, Supplier<Checked> check) {
        Checked before = results.get(page.path());
        if (before != null && (before.page() == page || before.page().equals(page))) {
            return before;
        }
        Checked now = check.get();
        results.put(page.path(), now);
        return now;
    }
}
