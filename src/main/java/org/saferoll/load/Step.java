package org.saferoll.load;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One timed step of a routine: a section with the role {@code step}, e.g.
 * {@code [.step,technique=lat-roll,seconds=60,sides=both,hold=25]}.
 *
 * @param title      the section title
 * @param line       the line of the section title
 * @param attributes the step's attributes as written: those in {@link #NAMES} and any misspelt ones
 * @param anchor     the section id in the converted HTML
 */
public record Step(String title, int line, Map<String, String> attributes, String anchor) {
    /** The attributes a step may have: the one list the parser, the rules and the messages use. */
    public static final List<String> NAMES = List.of("technique", "seconds", "sides", "hold");

    public String technique() {
        return attributes.getOrDefault("technique", "");
    }

    public String sides() {
        return attributes.getOrDefault("sides", "");
    }

    /** True when the time is spent on each side in turn. */
    public boolean bothSides() {
        return "both".equals(sides());
    }

    public OptionalInt seconds() {
        return number("seconds");
    }

    public OptionalInt hold() {
        return number("hold");
    }

    /** The named attribute as a whole number, or empty when absent or not a number. */
    public OptionalInt number(String name) {
        String raw = attributes.get(name);
        if (raw == null || !raw.trim().matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(raw.trim()));
    }
}
