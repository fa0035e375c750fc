package org.saferoll.validate.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The project's own words ({@code schema/prose-words.txt}): anatomy and product terms the
 * dictionary lacks. One word a line; {@code #} starts a comment; case does not matter.
 */
public record WordList(Set<String> words) {
    public static final String FILE = "prose-words.txt";

    public WordList {
        words = Set.copyOf(words);
    }

    /** The list in {@code schemaDir}; empty when the file does not exist. */
    public static WordList load(Path schemaDir) {
        Path file = schemaDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new WordList(Set.of());
        }
        try {
            return new WordList(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(l -> l.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT))
                    .filter(w -> !w.isEmpty()).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code word} (as written, any case) is one of the project's words. */
    public boolean accepts(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
