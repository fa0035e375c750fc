package org.saferoll.verify;

import org.saferoll.load.Page;

import java.util.function.Predicate;

/**
 * Finds where in a page's source a piece of its HTML came from: the line of the innermost block
 * whose own HTML shows the problem (Asciidoctor's source map knows each block's line).
 */
@FunctionalInterface
public interface BlockLines {
    /** No source map: problems are reported for the whole file. */
    BlockLines NONE = (page, offends) -> 0;

    /** The 1-based line of the innermost block whose HTML {@code offends}, or 0 when none does. */
    int lineOf(Page page, Predicate<String> offends);
}
