package org.saferoll.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document header of a page read straight from its lines, so that every attribute keeps
 * the line a writer typed it on.
 *
 * @param title         the level-0 title text, or empty when the page has none
 * @param titleLine     line of the title, or 0
 * @param attributes    attribute entries by name, in the order written
 * @param bodyStartLine first line after the header
 * @param repeats       entries that name an attribute already set above them; the first one counts
 * @param indented      entries written after spaces or a tab, which AsciiDoc does not read as
 *                      attributes; they are kept in {@code attributes} so that one slip gives one
 *                      message, not a second "missing attribute" for the same line
 */
public record Header(String title, int titleLine, Map<String, Attribute> attributes, int bodyStartLine,
                     List<Attribute> repeats, List<Attribute> indented) {

    private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?)([A-Za-z0-9_][A-Za-z0-9_-]*)(!?):(?:[ \\t]+(.*))?$");
    private static final Pattern TITLE = Pattern.compile("^=[ \\t]+(\\S.*)$");

    /** Reads the header: leading comments and attributes, the title, and the entries up to the first blank line. */
    public static Header read(List<String> lines) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        List<Attribute> repeats = new ArrayList<>();
        List<Attribute> indented = new ArrayList<>();
        String title = "";
        int titleLine = 0;
        int i = 0;
        boolean inBlockComment = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("////")) {
                inBlockComment = !inBlockComment;
                continue;
            }
            if (inBlockComment || line.startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (titleLine > 0 || !attributes.isEmpty()) {
                    break;
                }
                continue;
            }
            String stripped = line.stripLeading();
            Matcher attribute = ATTRIBUTE.matcher(stripped);
            Matcher heading = TITLE.matcher(line);
            if (attribute.matches()) {
                boolean unset = !attribute.group(1).isEmpty() || !attribute.group(3).isEmpty();
                String name = attribute.group(2);
                String value = attribute.group(4) == null ? "" : attribute.group(4).trim();
                Attribute entry = new Attribute(name, value, i + 1);
                if (stripped.length() < line.length()) {
                    indented.add(entry);
                }
                if (unset) {
                    continue;
                }
                if (attributes.containsKey(name)) {
                    repeats.add(entry);
                } else {
                    attributes.put(name, entry);
                }
            } else if (heading.matches() && titleLine == 0) {
                title = heading.group(1).trim();
                titleLine = i + 1;
            } else if (titleLine == 0) {
                break; // body text before any title: the page has no header
            }
        }
        return new Header(title, titleLine, Collections.unmodifiableMap(attributes), i + 1, List.copyOf(repeats),
                List.copyOf(indented));
    }

    public Optional<Attribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The value of {@code name}, or an empty string. */
    public String value(String name) {
        Attribute a = attributes.get(name);
        return a == null ? "" : a.value();
    }

    /** The comma-separated items of {@code name}, or an empty list. */
    public List<String> items(String name) {
        Attribute a = attributes.get(name);
        return a == null ? List.of() : a.items();
    }

    /** The line of {@code name}, falling back to the title line, then line 1. */
    public int line(String name) {
        Attribute a = attributes.get(name);
        if (a != null) {
            return a.line();
        }
        return titleLine > 0 ? titleLine : 1;
    }
}
