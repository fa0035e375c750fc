package org.saferoll.load;

import java.util.List;

/**
 * One block of text as a reader reads it: attributes substituted, inline markup removed, the
 * lines of a paragraph joined by spaces. The prose check splits it into sentences.
 *
 * @param line       the source line the block starts on
 * @param text       the plain text of the block
 * @param lineStarts for each source line of the block after the first, the offset in {@code text}
 *                   where that line's words begin, so a sentence can be traced to its line
 */
public record Prose(int line, String text, List<Integer> lineStarts) {

    public Prose {
        lineStarts = List.copyOf(lineStarts);
    }

    /** The source line on which the character at {@code offset} of {@code text} was written. */
    public int lineAt(int offset) {
        int n = line;
        for (int start : lineStarts) {
            if (start > offset) {
                break;
            }
            n++;
        }
        return n;
    }
}
