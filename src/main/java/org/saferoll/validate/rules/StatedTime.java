package org.saferoll.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static double value(String number) {
        Double word = WORDS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word : Double.parseDouble(number);
    }

    /** True when the whole stated range lies within {@code min}..{@code max} seconds. */
    boolean within(int min, int max) {
        return low >= min && high <= max;
    }
}
