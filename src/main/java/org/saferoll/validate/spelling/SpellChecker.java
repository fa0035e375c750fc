package org.saferoll.validate.spelling;

import java.util.List;

/**
 * A spelling and grammar checker for plain English text. The one implementation wraps
 * LanguageTool and lives outside the default classpath; this interface is all the validate stage
 * knows of it, so a build without {@code --prose} never loads a LanguageTool class.
 */
public interface SpellChecker {

    /** What kind of slip a finding is: its rule id in the report. */
    enum Kind {
        SPELLING("spelling"), GRAMMAR("grammar");

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /**
     * One finding in the text given to {@link #check}.
     *
     * @param kind        spelling (a word the dictionary does not know) or grammar (anything else)
     * @param start       offset of the first character concerned
     * @param end         offset after the last character concerned
     * @param message     the checker's explanation, in plain words
     * @param suggestions replacements for the text from {@code start} to {@code end}, best first
     */
    record Finding(Kind kind, int start, int end, String message, List<String> suggestions) {
        public Finding {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** Every finding in {@code text}, in order. Safe to call from several threads. */
    List<Finding> check(String text);
}
