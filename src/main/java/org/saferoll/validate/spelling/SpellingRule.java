package org.saferoll.validate.spelling;

import org.saferoll.load.Page;
import org.saferoll.load.Prose;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;
import org.saferoll.schema.SafetySchema;

import java.util.List;

/**
 * Spelling and grammar warnings ({@code [spelling]}, {@code [grammar]}) on the text a reader
 * reads: the same prose blocks the unsafe-advice rule reads, so markup, attribute names and code
 * are never checked, and each finding is traced back to its source line. Run only by
 * {@code check --prose} and {@code preview --prose}; warnings, so only {@code --strict} fails.
 */
public final class SpellingRule implements Rule {
    private static final int SUGGESTIONS = 3;

    /** The rule ids this rule's warnings carry. */
    public static final List<String> RULES = List.of(SpellChecker.Kind.SPELLING.rule(), SpellChecker.Kind.GRAMMAR.rule());

    private final SpellChecker checker;
    private final java.util.function.Predicate<Page> which;
    private SafetySchema wordsFor;
    private WordList words;

    /** Checks every page. */
    public SpellingRule(SpellChecker checker) {
        this(checker, page -> true);
    }

    /** Checks only the pages {@code which} accepts: the preview checks the page being edited. */
    public SpellingRule(SpellChecker checker, java.util.function.Predicate<Page> which) {
        this.checker = checker;
        this.which = which;
    }

    @Override
    public String id() {
        return SpellChecker.Kind.SPELLING.rule();
    }

    @Override
    public String summary() {
        return "(with --prose, warnings) LanguageTool's English spelling and grammar on every sentence a reader reads; "
                + "the project's own words are in " + WordList.FILE + ".";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!which.test(page)) {
            return;
        }
        WordList accepted = words(context.schema());
        for (Prose prose : page.prose()) {
            for (SpellChecker.Finding f : checker.check(prose.text())) {
                String word = prose.text().substring(f.start(), f.end());
                if (f.kind() == SpellChecker.Kind.SPELLING && accepted.accepts(word)) {
                    continue;
                }
                out.add(diagnostic(page, prose, f, word));
            }
        }
    }

    private synchronized WordList words(SafetySchema schema) {
        if (wordsFor != schema) {
            words = WordList.load(schema.dir());
            wordsFor = schema;
        }
        return words;
    }

    private Diagnostic diagnostic(Page page, Prose prose, SpellChecker.Finding f, String word) {
        List<String> suggestions = f.suggestions().stream().limit(SUGGESTIONS).map(s -> "\"" + s + "\"").toList();
        String instead = suggestions.isEmpty() ? "" : "did you mean " + String.join(" or ", suggestions) + "? ";
        String hint = f.kind() == SpellChecker.Kind.SPELLING
                ? instead + "If \"" + word + "\" is right (a term of anatomy or a product), add it to schema/" + WordList.FILE
                : (instead.isEmpty() ? "rephrase the sentence" : instead.strip());
        String message = "\"" + word + "\": " + f.message();
        return Diagnostic.warning(page.path(), prose.lineAt(f.start()), f.kind().rule(), message, hint);
    }
}
