package org.saferoll.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits that keep one hostile page from exhausting the build: Asciidoctor parses nesting by
 * recursion (a few thousand nested blocks overflow the stack) and expands attribute references
 * in full (ten attributes that each repeat the previous ten times make ten billion characters).
 * No real page comes near these numbers; CONTRIBUTING.md states them for writers.
 */
public final class InputLimits {
    /** Delimited blocks inside one another, or list levels. */
    public static final int MAX_NESTING = 32;
    /** Characters one attribute may expand to, and all of a page's references together. */
    public static final long MAX_EXPANSION = 200_000;

    /** What is wrong and where. */
    public record Problem(int line, String message, String hint) {
    }

    private static final Pattern DELIMITER = Pattern.compile("^(={4,}|\\*{4,}|-{4,}|\\.{4,}|_{4,}|\\+{4,}|/{4,}|--|[|!,:]={3,})\\s*$");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(\\*{1,}|\\.{1,})\\s+\\S");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:([\\w][\\w-]*):\\s*(.*)$");
    private static final Pattern REFERENCE = Pattern.compile("\\{([\\w][\\w-]*)\\}");

    private InputLimits() {
    }

    /** The first limit {@code lines} break, if any. */
    public static Optional<Problem> check(List<String> lines) {
        return nesting(lines).or(() -> expansion(lines));
    }

    private static Optional<Problem> nesting(List<String> lines) {
        Deque<String> open = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int depth;
            if (DELIMITER.matcher(line).matches()) {
                String d = line.trim();
                if (d.equals(open.peek())) {
                    open.pop();
                } else {
                    open.push(d);
                }
                depth = open.size();
            } else {
                Matcher m = LIST_MARKER.matcher(line);
                depth = m.find() ? open.size() + m.group(1).length() : 0;
            }
            if (depth > MAX_NESTING) {
                return Optional.of(new Problem(i + 1, "blocks or lists are nested " + depth + " deep here; a page may nest at most "
                        + MAX_NESTING, "flatten the structure: split the page or use sections instead of nesting"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> expansion(List<String> lines) {
        Map<String, Long> length = new HashMap<>();
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher entry = ATTRIBUTE_ENTRY.matcher(lines.get(i));
            String text = entry.matches() ? entry.group(2) : lines.get(i);
            long size = text.length();
            Matcher ref = REFERENCE.matcher(text);
            while (ref.find()) {
                size += length.getOrDefault(ref.group(1), 0L) - ref.group().length();
                size = Math.min(size, Long.MAX_VALUE / 4); // no overflow, however many references
            }
            if (entry.matches()) {
                length.put(entry.group(1), size);
            } else {
                total += size;
            }
            if (size > MAX_EXPANSION || total > MAX_EXPANSION * 10) {
                return Optional.of(new Problem(i + 1, (entry.matches() ? "the attribute :" + entry.group(1) + ":" : "this line")
                        + " expands to more than " + (entry.matches() ? MAX_EXPANSION : MAX_EXPANSION * 10)
                        + " characters through attribute references", "write the text out once instead of repeating attribute references"));
            }
        }
        return Optional.empty();
    }
}
