package org.saferoll.load;

/**
 * A construct of a page's parsed document that could put a writer's own HTML into the site,
 * as Asciidoctor resolved it (whatever the spelling): found in the load stage, where the
 * document is, and judged by the validate stage's raw-HTML rule.
 *
 * @param line   the block's line (Asciidoctor's source map)
 * @param kind   {@link #RAW} block, substitutions without {@link #NO_SPECIALCHARS special characters},
 *               a block {@link #ATTRIBUTE} value or a {@link #LINK} target
 * @param detail what the writer wrote: the block's context, its substitutions, or name=value
 */
public record Markup(int line, String kind, String detail) {
    /** A block whose content passes through as HTML (pass, stem, ...). */
    public static final String RAW = "raw";
    /** A block whose substitutions leave {@code <} and {@code &} unescaped. */
    public static final String NO_SPECIALCHARS = "subs";
    /** A block attribute value, such as {@code role=} or {@code width=}, holding a quote or angle bracket. */
    public static final String ATTRIBUTE = "attribute";
    /** A block's {@code link=} target, whose scheme the rule checks. */
    public static final String LINK = "link";
}
