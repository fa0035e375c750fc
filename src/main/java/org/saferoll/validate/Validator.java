package org.saferoll.validate;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Site;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.RuleSummary;
import org.saferoll.schema.SafetySchema;
import org.saferoll.util.Parallel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The validate stage: checks every page against the safety schema before anything is baked.
 * First the basics every page needs (title, type, status, folder), then the JSON Schema of its
 * type, then the Java rules. Pages are checked on several threads at once: every rule reads the
 * page and the whole site but changes neither, and each page's problems keep their order. Rules
 * that read only their page and those that read the site are run apart, so a
 * {@link ValidationCache} can keep each half for as long as what it read is unchanged.
 */
public final class Validator {
    private final SafetySchema schema;
    private final List<Rule> rules;
    private final LocalDate today;
    private final int threads;
    private ValidationCache cache = new ValidationCache();

    public Validator(SafetySchema schema, List<Rule> rules, LocalDate today) {
        this(schema, rules, today, 1);
    }

    /** @param threads how many pages to check at once */
    public Validator(SafetySchema schema, List<Rule> rules, LocalDate today, int threads) {
        this.schema = schema;
        this.rules = rules;
        this.today = today;
        this.threads = threads;
    }

    /** Keeps results in {@code cache} across runs: a warm pipeline checks again only what changed. */
    public Validator reusing(ValidationCache cache) {
        this.cache = cache;
        return this;
    }

    /**
     * What to validate: the loaded site, and whether drafts are being previewed (the problems of
     * a draft then do not stop the build; a one-shot build never previews drafts).
     */
    public record Request(Site site, boolean drafts) {
    }

    /**
     * What validation found: every diagnostic (the load stage's included), which of them stop
     * the build, and every check with the values it enforces, for the safety-schema page.
     */
    public record Validation(List<Diagnostic> diagnostics, Predicate<Diagnostic> blocking, List<RuleSummary> summaries) {
    }

    /** Checks every page of the request's site. */
    public Validation run(Request request) {
        return new Validation(validate(request.site()), blocking(request), summaries());
    }

    /** What stops this build: every problem, except, in the preview, those of draft pages. */
    private static Predicate<Diagnostic> blocking(Request request) {
        if (!request.drafts()) {
            return d -> true;
        }
        Set<String> draftFiles = request.site().pages().stream().filter(p -> !p.isPublished())
                .map(Page::path).collect(Collectors.toSet());
        return d -> !draftFiles.contains(d.file());
    }

    private List<Diagnostic> validate(Site site) {
        List<Diagnostic> out = new ArrayList<>(site.problems());
        Site facts = SiteFacts.of(site);
        RuleContext siteContext = new RuleContext(facts, schema, today);
        RuleContext pageContext = RuleContext.pageOnly(schema, today);
        HeaderSchemaCheck headerCheck = new HeaderSchemaCheck(schema);
        cache.start(new ValidationCache.Key(schema.digest(), today,
                rules.stream().map(r -> r.getClass().getName()).toList()), facts);
        try {
            Parallel.map(site.pages(), threads, page -> check(page, pageContext, siteContext, headerCheck)).forEach(out::addAll);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // no rule reads a file
        }
        out = oneMessagePerTodo(out, rules.stream().filter(Rule::speaksForItsLine).map(Rule::id).toList());
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /** Every problem of one page, in the order the checks find them, each half taken from the cache when it still holds. */
    private List<Diagnostic> check(Page page, RuleContext pageContext, RuleContext siteContext, HeaderSchemaCheck headerCheck) {
        ValidationCache.Checked local = cache.local(page, () -> checkLocally(page, pageContext, headerCheck));
        if (!local.typed()) {
            return local.basics();
        }
        ValidationCache.Checked wide = cache.siteWide(page, () -> new ValidationCache.Checked(page, List.of(), true, byRule(page, siteContext, true)));
        List<Diagnostic> out = new ArrayList<>(local.basics());
        for (int i = 0; i < rules.size(); i++) {
            out.addAll(rules.get(i).readsSite() ? wide.byRule().get(i) : local.byRule().get(i));
        }
        return out;
    }

    private ValidationCache.Checked checkLocally(Page page, RuleContext pageContext, HeaderSchemaCheck headerCheck) {
        List<Diagnostic> basics = new ArrayList<>();
        Optional<PageType> type = checkBasics(page, basics);
        type.ifPresent(t -> headerCheck.check(page, t, basics));
        return new ValidationCache.Checked(page, basics, type.isPresent(), type.isPresent() ? byRule(page, pageContext, false) : List.of());
    }

    /** One list per rule: what the rules that read the site (or those that do not) find on {@code page}; null for the others. */
    private List<List<Diagnostic>> byRule(Page page, RuleContext context, boolean siteWide) {
        List<List<Diagnostic>> byRule = new ArrayList<>();
        for (Rule rule : rules) {
            List<Diagnostic> found = rule.readsSite() == siteWide ? new ArrayList<>() : null;
            if (found != null) {
                rule.check(page, context, found);
            }
            byRule.add(found);
        }
        return byRule;
    }

    /**
     * A line with a TODO gets that one message: whatever else the placeholder text trips (an
     * enum, a list split on its commas, a number) is the same unfinished line said again.
     */
    private static List<Diagnostic> oneMessagePerTodo(List<Diagnostic> all, List<String> todoRules) {
        java.util.Set<String> todoLines = new java.util.HashSet<>();
        for (Diagnostic d : all) {
            if (todoRules.contains(d.rule())) {
                todoLines.add(d.file() + ":" + d.line());
            }
        }
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : all) {
            if (todoRules.contains(d.rule()) || !todoLines.contains(d.file() + ":" + d.line())) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** Every check this validator runs, in order, with the values it enforces. */
    private List<RuleSummary> summaries() {
        List<RuleSummary> all = new ArrayList<>(HeaderSchemaCheck.summaries(schema));
        all.add(new RuleSummary("title, type, status, folder", "Every page has a title, a known :jbake-type:, "
                + ":jbake-status: published or draft, and sits in its type's folder."));
        for (Rule rule : rules) {
            all.add(new RuleSummary(rule.id(), rule.summary(schema)));
        }
        return all;
    }

    /** Title, type, status and folder; returns the type when the page can be checked further. */
    private Optional<PageType> checkBasics(Page page, List<Diagnostic> out) {
        var header = page.header();
        if (header.title().isEmpty()) {
            out.add(Diagnostic.error(page.path(), 1, "title", "the page has no title",
                    "start the page with a title line: = Title of the page"));
        }
        String status = header.value("jbake-status");
        if (!List.of("published", "draft").contains(status)) {
            out.add(Diagnostic.error(page.path(), header.line("jbake-status"), "status",
                    status.isEmpty() ? "the page has no :jbake-status:" : ":jbake-status: is '" + status + "'",
                    "add :jbake-status: published (readers see it) or :jbake-status: draft (they don't)"));
        }
        String declared = header.value("jbake-type");
        Optional<PageType> type = PageType.fromId(declared);
        if (type.isEmpty()) {
            String near = Suggest.closest(declared, List.of(PageType.known().split(", ")))
                    .map(s -> "did you mean " + s + "? ").orElse("");
            out.add(Diagnostic.error(page.path(), header.line("jbake-type"), "type",
                    declared.isEmpty() ? "the page has no :jbake-type:" : ":jbake-type: '" + declared + "' is not a page type",
                    near + "use one of: " + PageType.known()));
            return Optional.empty();
        }
        String folder = page.uri().contains("/") ? page.uri().substring(0, page.uri().lastIndexOf('/')) : "";
        if (!folder.equals(type.get().folder())) {
            String where = type.get().folder().isEmpty() ? "content/" : "content/" + type.get().folder() + "/";
            out.add(Diagnostic.error(page.path(), header.line("jbake-type"), "folder",
                    "a " + type.get().id() + " page must be in " + where,
                    "move the file to " + where + " or change :jbake-type:"));
        }
        return type;
    }
}
