package org.saferoll.validate.prose;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import org.saferoll.load.Prose;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a block of prose into sentences with ICU's sentence break iterator, wrapped in its
 * English abbreviation filter ("e.g.", "Dr.") plus the schema's own abbreviations, and traces each
 * sentence to the source line it starts on. One instance per thread.
 */
public final class SentenceSplitter {
    /** One sentence and the source line it starts on. */
    public record Sentence(String text, int line) {
    }

    private final BreakIterator iterator;

    public SentenceSplitter(List<String> abbreviations) {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        abbreviations.forEach(builder::suppressBreakAfter);
        iterator = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    public List<Sentence> split(Prose prose) {
        List<Sentence> out = new ArrayList<>();
        String text = prose.text();
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                int lead = start;
                while (lead < end && Character.isWhitespace(text.charAt(lead))) {
                    lead++;
                }
                out.add(new Sentence(sentence, prose.lineAt(lead)));
            }
        }
        return out;
    }
}
