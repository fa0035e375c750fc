package org.saferoll.load;

import java.util.List;

/**
 * The text of one content file as the writer wrote it.
 *
 * @param path  path relative to the project, with forward slashes, as shown in messages
 * @param text  the whole text, decoded as UTF-8 without a byte order mark
 * @param lines the text split into lines; {@code lines.get(0)} is line 1
 */
public record SourceFile(String path, String text, List<String> lines) {

    public static SourceFile of(String path, String text) {
        return new SourceFile(path, text, List.of(text.split("\r?\n", -1)));
    }

    /** Line {@code number} (1-based), or an empty string past the end. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}
