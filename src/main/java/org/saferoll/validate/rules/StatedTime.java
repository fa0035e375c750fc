package org.saferoll.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A time written in prose, in digits or words: "30 to 60 seconds", "1-2 minutes", "a
 * five-minute roll", "about ten minutes". A single time has {@code low == high}.
 *
 * @param low  the shorter end, in seconds
 * @param high the longer end, in seconds
 * @param text the words as written, for messages
 */
record StatedTime(int low, int high, String text) {
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
            Map.entry("forty-five", 45.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("ninety", 90.0));
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|" + String.join("|", WORDS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    private static final Pattern TIME = Pattern.compile("\\b" + NUMBER + "(?:\\s*(?:to|-|–|or)\\s*" + NUMBER + ")?"
            + "[\\s-]*(seconds?|secs?|s|minutes?|mins?)\\b", Pattern.CASE_INSENSITIVE);

    /** Every time stated in {@code sentence}, in order. */
    static List<StatedTime> find(String sentence) {
        List<StatedTime> out = new ArrayList<>();
        if (!hasNumber(sentence)) {
            return out; // most sentences state no time, and this costs far less than the pattern
        }
        Matcher m = TIME.matcher(sentence);
        while (m.find()) {
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            boolean digits = Character.isDigit(m.group(1).charAt(0));
            if (unit.equals("s") && !digits) {
                continue; // "five s" is not how anyone writes a time
            }
            int scale = unit.startsWith("m") ? 60 : 1;
            int a = (int) Math.round(value(m.group(1)) * scale);
            int b = m.group(2) == null ? a : (int) Math.round(value(m.group(2)) * scale);
            out.add(new StatedTime(Math.min(a, b), Math.max(a, b), m.group()));
        }
        return out;
    }

    /** The first three letters of every number word (all have three or more). */
    private static final Set<String> WORD_STARTS = WORDS.keySet().stream().map(w -> w.substring(0, 3)).collect(Collectors.toSet());

    /**
     * True when {@code text} holds a digit, or a word that starts like a number word: what every
     * match of {@link #TIME} starts with. One pass over the text, far cheaper than the pattern.
     */
    private static boolean hasNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            boolean wordStart = (c | 0x20) >= 'a' && (c | 0x20) <= 'z' && (i == 0 || !isWordChar(text.charAt(i - 1)));
            if (wordStart && i + 3 <= text.length() && WORD_STARTS.contains(text.substring(i, i + 3).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A character of {@code \w}, as the pattern's {@code \b} reads it. */
    private static boolean isWordChar(char c) {
        return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }

    private static double value(String number) {
        Double word = WORDS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word : Double.parseDouble(number);
    }

    /** True when the whole stated range lies within {@code min}..{@code max} seconds. */
    boolean within(int min, int max) {
        return low >= min && high <= max;
    }
}
