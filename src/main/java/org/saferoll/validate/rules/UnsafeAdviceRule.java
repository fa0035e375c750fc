package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.Prose;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.ProseVocabulary;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;
import org.saferoll.validate.prose.AdviceCheck;
import org.saferoll.validate.prose.Finding;
import org.saferoll.validate.prose.SentenceSplitter;

import java.util.List;

/**
 * Rule 9: no sentence a reader reads tells them to do what the safety rules forbid. The page's
 * prose comes from Asciidoctor's document (attributes substituted, markup removed, lines joined),
 * is cut into sentences, and each sentence goes through {@link AdviceCheck}. Word lists live in
 * {@code schema/prose.json}; the no-roll targets follow {@code rules.json}.
 */
public final class UnsafeAdviceRule implements Rule {
    private static final int QUOTE_MAX = 240;

    /**
     * The word lists of one schema, with a checker and a splitter per thread: both keep state, and
     * validate checks pages on several threads at once.
     */
    private record Compiled(SafetySchema schema, ProseVocabulary vocabulary, ThreadLocal<AdviceCheck> checks,
                            ThreadLocal<SentenceSplitter> splitters) {
        static Compiled of(SafetySchema schema) {
            ProseVocabulary vocabulary = ProseVocabulary.from(schema);
            return new Compiled(schema, vocabulary, ThreadLocal.withInitial(() -> new AdviceCheck(vocabulary)),
                    ThreadLocal.withInitial(() -> new SentenceSplitter(vocabulary.list("abbreviations"))));
        }
    }

    private Compiled compiled; // guarded by this

    @Override
    public String id() {
        return "unsafe-advice";
    }

    @Override
    public String summary() {
        return "No sentence tells readers to press on a no-roll zone, to carry on through pain or a stop sign, that pain is the goal, "
                + "or to roll fast or hard (word lists in prose.json); warnings such as \"never roll your lower back\" are fine.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        Compiled lists = compile(context.schema());
        AdviceCheck check = lists.checks().get();
        SentenceSplitter splitter = lists.splitters().get();
        for (Prose prose : page.prose()) {
            for (SentenceSplitter.Sentence sentence : splitter.split(prose)) {
                check.check(sentence.text()).ifPresent(f -> out.add(diagnostic(lists.vocabulary(), page, sentence, f)));
            }
        }
    }

    private synchronized Compiled compile(SafetySchema schema) {
        if (compiled == null || compiled.schema() != schema) {
            compiled = Compiled.of(schema);
        }
        return compiled;
    }

    private Diagnostic diagnostic(ProseVocabulary vocabulary, Page page, SentenceSplitter.Sentence sentence, Finding finding) {
        ProseVocabulary.Message message = vocabulary.messages().get(finding.kind());
        String target = finding.target().isEmpty() ? "" : vocabulary.targets().get(finding.target()).get(0);
        String why = fill(vocabulary, message.why(), target);
        String quoted = sentence.text().length() > QUOTE_MAX ? sentence.text().substring(0, QUOTE_MAX) + "…" : sentence.text();
        return error(page, sentence.line(), "\"" + quoted + "\": \"" + finding.words() + "\" — " + why, fill(vocabulary, message.instead(), target));
    }

    private static String fill(ProseVocabulary vocabulary, String text, String target) {
        String why = vocabulary.regionWhy();
        return text.replace("{target}", target)
                .replace("{region-why}", why.isEmpty() ? "" : Character.toLowerCase(why.charAt(0)) + why.substring(1));
    }
}
