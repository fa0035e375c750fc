package org.saferoll.validate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.SafetySchema;
import org.saferoll.validate.RuleContext;

import java.util.List;
import java.util.Locale;

/**
 * Rule 9: the prose may not tell readers to do what the safety rules forbid. A phrase is fine
 * when negated just before it ("never roll your lower back") or quoted as a saying.
 */
public final class UnsafePhraseRule implements Rule {
    private static final int WORDS_BEFORE = 5;
    private static final String QUOTES = "\"'“”‘’`_";

    @Override
    public String id() {
        return "unsafe-phrase";
    }

    @Override
    public String summary() {
        return "The text does not tell readers to do something unsafe (phrases in unsafe-phrases.json); negated or quoted mentions are fine.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        JsonNode data = context.schema().phrasesNode();
        List<String> negations = SafetySchema.strings(data.path("negations"));
        List<String> lines = page.source().lines();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("////")) {
                inComment = !inComment;
            }
            if (inComment || line.startsWith("//")) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT).replace('’', '\'');
            for (JsonNode phrase : data.path("phrases")) {
                String text = phrase.path("text").asText().toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(text); at >= 0; at = lower.indexOf(text, at + 1)) {
                    if (!isQuoted(lower, at) && !isNegated(lower.substring(0, at), negations)) {
                        out.add(error(page, i + 1, "the text says \"" + line.substring(at, at + text.length())
                                        + "\", but " + phrase.path("why").asText(),
                                phrase.path("instead").asText()));
                    }
                }
            }
        }
    }

    private static boolean isQuoted(String line, int at) {
        return at > 0 && QUOTES.indexOf(line.charAt(at - 1)) >= 0;
    }

    /** True when a negation stands among the last few words of the same sentence before the phrase. */
    static boolean isNegated(String before, List<String> negations) {
        int sentenceStart = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("! ")), before.lastIndexOf("? "));
        String sentence = before.substring(sentenceStart + 1).replaceAll("[^a-z' ]", " ").trim();
        String[] words = sentence.isEmpty() ? new String[0] : sentence.split("\\s+");
        String tail = " " + String.join(" ", java.util.Arrays.copyOfRange(words,
                Math.max(0, words.length - WORDS_BEFORE), words.length)) + " ";
        return negations.stream().anyMatch(n -> tail.contains(" " + n + " "));
    }
}
