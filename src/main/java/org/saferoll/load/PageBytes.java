package org.saferoll.load;

import org.saferoll.report.Diagnostic;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a file's bytes are a page at all: not too large, not binary, valid UTF-8, not
 * empty. What is not becomes a writer's diagnostic, never an exception.
 */
final class PageBytes {
    /** Pages larger than this are refused: no real page is near it, and it bounds memory and time. */
    static final int MAX_BYTES = 1024 * 1024;

    /** The text of a page, or why its bytes are not one. */
    record Decoded(String text, Diagnostic problem) {
        Optional<Diagnostic> failure() {
            return Optional.ofNullable(problem);
        }
    }

    private PageBytes() {
    }

    static Decoded decode(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return problem(path, 0, String.format(Locale.ROOT, "the page is %.1f MB; a page may be at most 1 MB",
                    bytes.length / 1_048_576.0), "split it into several pages, one topic each");
        }
        int zero = indexOf(bytes, (byte) 0);
        if (zero >= 0) {
            return problem(path, lineAt(bytes, zero), "this is a binary file, not AsciiDoc text",
                    "keep images and other files in assets/; content/ holds only .adoc pages");
        }
        String text;
        try {
            text = utf8(bytes);
        } catch (CharacterCodingException e) {
            return problem(path, lineAt(bytes, firstInvalidUtf8(bytes)), "the file is not valid UTF-8 text",
                    "save it as UTF-8 in your editor (\"Save with encoding\" > UTF-8)");
        }
        if (text.isBlank()) {
            return problem(path, 0, "the page is empty",
                    "start from a template: ./saferoll new <type> <id>, or copy a page of the same type");
        }
        Optional<InputLimits.Problem> limit = InputLimits.check(SourceFile.of(path, text).lines());
        if (limit.isPresent()) {
            return problem(path, limit.get().line(), limit.get().message(), limit.get().hint());
        }
        return new Decoded(text, null);
    }

    private static Decoded problem(String path, int line, String message, String hint) {
        return new Decoded(null, Diagnostic.error(path, line, "input", message, hint));
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
