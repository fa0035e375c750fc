package org.saferoll.prose;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.saferoll.validate.spelling.SpellChecker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link SpellChecker} on LanguageTool's British English, the spelling CONTRIBUTING.md asks for ("mobilise",
 * "fibres"). Compiled only by the {@code prose} Maven profile and loaded by
 * {@code SpellCheckers} in a class loader of its own.
 */
public final class LanguageToolChecker implements SpellChecker {
    /**
     * Rules about typography rather than language: each prose block is a heading, a list item or
     * a table cell as often as a sentence, so missing end punctuation, a lower-case start or
     * straight quotes are how the page is written, not slips.
     */
    private static final List<String> TYPOGRAPHY = List.of("UPPERCASE_SENTENCE_START", "PUNCTUATION_PARAGRAPH_END",
            "EN_QUOTES", "DASH_RULE", "WHITESPACE_RULE", "EN_UNPAIRED_QUOTES");
    /**
     * Reads the imperative "Lie face down" as a name followed by the wrong verb form: the pages
     * tell the reader what to do, and rarely speak of he or she.
     */
    private static final String IMPERATIVE_LIE = "HE_VERB_AGR";
    /**
     * Categories of style advice rather than errors ("the surrounding muscles" for "the muscles
     * around it"): a writer's choice, which a warning that fails --strict should not overrule.
     */
    private static final Set<String> STYLE = Set.of("STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "REPETITIONS_STYLE", "TYPOGRAPHY",
            "BRE_STYLE_OXFORD_SPELLING"); // "mobilising" is as right as "mobilizing": only a preference

    private final JLanguageTool tool;

    /** Loads the dictionary and the rules (about a second): the loader's caller sees any failure. */
    public LanguageToolChecker() {
        // LanguageTool keeps one instance per language; a second "new AmericanEnglish()" is refused.
        tool = new JLanguageTool(Languages.getLanguageForShortCode("en-GB"));
        TYPOGRAPHY.forEach(tool::disableRule);
        tool.disableRule(IMPERATIVE_LIE);
    }

    /** JLanguageTool is not thread-safe; the validate stage checks one page at a time anyway. */
    @Override
    public synchronized List<Finding> check(String text) {
        List<RuleMatch> matches;
        try {
            matches = tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Finding> out = new ArrayList<>(matches.size());
        for (RuleMatch m : matches) {
            if (STYLE.contains(m.getRule().getCategory().getId().toString())) {
                continue;
            }
            Kind kind = m.getRule().isDictionaryBasedSpellingRule() ? Kind.SPELLING : Kind.GRAMMAR;
            String message = m.getMessage().replaceAll("</?suggestion>", "\"");
            out.add(new Finding(kind, m.getFromPos(), m.getToPos(), message, m.getSuggestedReplacements()));
        }
        return out;
    }
}
