package org.saferoll.validate.prose;

import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into words and clause punctuation, and reduces each word to its stem with
 * Lucene's English (Porter2) Snowball stemmer, so "rolling", "rolls" and "rolled" are all "roll".
 * Words such as "the" and "your" become one placeholder, so "small of your back" matches "small
 * of the back". Not thread-safe: the stemmer keeps state.
 */
final class Words {
    /** The placeholder for a determiner or possessive. */
    static final String DET = "<det>";
    /** A comma, semicolon, colon, bracket or dash: the end of a clause. */
    static final String BREAK = "<break>";
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "your", "my", "his", "her", "their", "our",
            "its", "this", "that", "these", "those", "one's", "someone's", "any", "each");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*|[,;:()\\[\\]\u2013\u2014]|(?<=\\s)-(?=\\s)");

    private final EnglishStemmer stemmer = new EnglishStemmer();
    /** Stems already computed: a page repeats its words, and a site its vocabulary. */
    private final java.util.Map<String, String> seen = new java.util.HashMap<>();

    /** One word (or clause mark) of a sentence. */
    record Token(String word, String stem, int start) {
        boolean isBreak() {
            return stem.equals(BREAK);
        }
    }

    List<Token> tokens(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(normal);
        while (m.find()) {
            String word = m.group();
            out.add(new Token(word, seen.computeIfAbsent(word, this::stem), m.start()));
        }
        return out;
    }

    /** The stems of a vocabulary phrase, as {@link #tokens} would give them. */
    List<String> stems(String phrase) {
        return tokens(phrase).stream().map(Token::stem).toList();
    }

    private String stem(String word) {
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return BREAK;
        }
        if (DETERMINERS.contains(word)) {
            return DET;
        }
        if (word.indexOf('\'') >= 0) {
            return word; // don't, it's: the stemmer would cut them
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
