package org.saferoll.load;

import java.util.Arrays;
import java.util.List;

/**
 * One AsciiDoc attribute entry from a page header, such as {@code :level: beginner}.
 *
 * @param name  the attribute name without colons
 * @param value the value, trimmed; empty when the entry has no value
 * @param line  the 1-based line the entry is on
 */
public record Attribute(String name, String value, int line) {

    /** The value split on commas, trimmed, empty items dropped: {@code a, b} is {@code [a, b]}. */
    public List<String> items() {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
