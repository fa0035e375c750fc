package org.saferoll.load;

import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prose of a parsed page from Asciidoctor's document, not from the source lines: each
 * paragraph, list item, table cell, admonition and title, converted by Asciidoctor (so
 * {@code {sp}} and other attributes are substituted and {@code *bold*} is resolved), then reduced
 * to the text a reader sees. Code and literal blocks are not prose and are skipped; comments never
 * reach the document.
 *
 * <p>Long because tracing the joined text back to source lines (attribute entries replayed,
 * markup-free letter counts, list items and table cells found in the source) belongs with the
 * walk that reads it, and each step saves a call into JRuby that this stage would otherwise pay.
 */
public final class ProseReader {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\{([\\w-]+)}");
    /** A macro's target, which the reader never sees: {@code xref:../a.adoc[}, {@code https://x[}. */
    private static final Pattern MACRO_TARGET = Pattern.compile("\\b(?:xref|link|mailto|image|footnote|kbd|btn|icon|https?):[^\\s\\[]*\\[|<<[^,>]*,?");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LIST_MARKER = Pattern.compile("\\s*(?:[*.\\-]+|\\d+\\.|[a-z]\\.)\\s");
    private static final Pattern ASCIIDOC_CELL = Pattern.compile("(?:^|[\\s|])\\d*\\*?[<^>]?(?:\\.[<^>])?\\+?a\\||cols=\"[^\"]*a");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private ProseReader() {
    }

    /** Every prose block of {@code document}, parsed from {@code source}, in document order. */
    public static List<Prose> read(Document document, SourceFile source) {
        List<Prose> out = new ArrayList<>();
        Attributes attributes = new Attributes(document, source);
        if (document.getDoctitle() != null) {
            add(out, document.getDoctitle(), 1, List.of(), attributes);
        }
        walk(document.getBlocks(), out, attributes);
        return List.copyOf(out);
    }

    /**
     * The document's attributes as they stand at a given line. Asciidoctor applies an attribute
     * entry in the body ({@code :zone: lower back}) only while converting, in document order; a
     * check that does not convert replays the entries itself before reading each block.
     */
    private static final class Attributes {
        private static final Pattern ENTRY = Pattern.compile("^:([\\w-]+)(!?):(?:\\s+(.*))?$");
        private final Document document;
        private final List<String> lines;
        private int next;

        Attributes(Document document, SourceFile source) {
            this.document = document;
            this.lines = source.lines();
            this.next = lines.indexOf("") + 1; // entries in the header are already applied
            if (next == 0) {
                next = lines.size();
            }
        }

        /** Applies the body's attribute entries written above {@code line}. */
        void advanceTo(int line) {
            for (; next < Math.min(line - 1, lines.size()); next++) {
                Matcher m = ENTRY.matcher(lines.get(next));
                // An unset (:name!:) is left alone: AsciidoctorJ's Document cannot delete, and a
                // reference to an unset attribute shows the name, which no check needs.
                if (m.matches() && m.group(2).isEmpty()) {
                    document.setAttribute(m.group(1), substitute(m.group(3) == null ? "" : m.group(3), this), true);
                }
            }
        }

        Object get(String name) {
            return document.getAttribute(name);
        }

        /** The first line from {@code from} on that holds the first word of {@code text}; {@code from} when none does. */
        int lineOf(String text, int from) {
            Matcher word = WORD.matcher(text);
            if (!word.find()) {
                return from;
            }
            String lower = word.group().toLowerCase(java.util.Locale.ROOT);
            for (int i = Math.max(0, from - 1); i < lines.size() && i < from + 200; i++) {
                if (lines.get(i).toLowerCase(java.util.Locale.ROOT).contains(lower)) {
                    return i + 1;
                }
            }
            return from;
        }

        /** The source lines of the list item starting at {@code line}: up to a blank line or the next item. */
        List<String> item(int line) {
            if (line < 1 || line > lines.size()) {
                return List.of();
            }
            int end = line;
            while (end < lines.size() && !lines.get(end).isBlank() && !LIST_MARKER.matcher(lines.get(end)).lookingAt()
                    && !lines.get(end).equals("+")) {
                end++;
            }
            return lines.subList(line - 1, end);
        }

        /**
         * Whether the table starting at {@code line} may hold AsciiDoc cells ({@code a|} or an
         * {@code a} in {@code cols}); only then is each cell asked for an inner document.
         */
        boolean hasAsciidocCells(int line) {
            int delimiters = 0;
            for (int i = Math.max(0, line - 3); i < lines.size() && delimiters < 2; i++) {
                String l = lines.get(i);
                if (l.startsWith("|===")) {
                    delimiters++;
                } else if (ASCIIDOC_CELL.matcher(l).find()) {
                    return true;
                }
            }
            return false;
        }

        /** The source lines of the paragraph starting at {@code line}: up to the next blank line. */
        List<String> paragraph(int line) {
            int end = Math.max(0, line - 1);
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            return line < 1 || line > lines.size() ? List.of() : lines.subList(line - 1, end);
        }
    }

    private static void walk(List<StructuralNode> blocks, List<Prose> out, Attributes attributes) {
        for (StructuralNode block : blocks) {
            int line = line(block);
            attributes.advanceTo(line);
            if (block instanceof Section section) {
                add(out, section.getTitle(), line, List.of(), attributes);
                walk(section.getBlocks(), out, attributes);
            } else if (block instanceof org.asciidoctor.ast.Block leaf) {
                leaf(leaf, line, out, attributes);
            } else if (block instanceof ListItem item) {
                add(out, item.getText(), line, attributes.item(line), attributes);
                walk(item.getBlocks(), out, attributes);
            } else {
                title(block, line, out, attributes);
                if (block instanceof Table table) {
                    table(table, out, attributes);
                } else if (block instanceof org.asciidoctor.ast.DescriptionList list) {
                    descriptions(list, out, attributes);
                } else {
                    walk(block.getBlocks(), out, attributes);
                }
            }
        }
    }

    /**
     * A block by its content model: paragraphs and admonitions are read, containers are walked,
     * and code, passthroughs and images are not prose. Asking for the model rather than the
     * context saves a call into JRuby per block, which is what this stage costs.
     */
    private static void leaf(org.asciidoctor.ast.Block leaf, int line, List<Prose> out, Attributes attributes) {
        String model = leaf.getContentModel();
        if ("compound".equals(model)) {
            title(leaf, line, out, attributes);
            walk(leaf.getBlocks(), out, attributes);
        } else if ("simple".equals(model) || "verbatim".equals(model) && "verse".equals(leaf.getContext())) {
            title(leaf, line, out, attributes);
            Object content = leaf.getContent();
            if (content != null) {
                add(out, content.toString(), line, attributes.paragraph(line), attributes);
            }
        }
    }

    private static void title(StructuralNode block, int line, List<Prose> out, Attributes attributes) {
        String title = block.getTitle();
        if (title != null && !title.isBlank()) {
            add(out, title, Math.max(1, line - 1), List.of(), attributes);
        }
    }

    private static void descriptions(org.asciidoctor.ast.DescriptionList list, List<Prose> out, Attributes attributes) {
        for (var entry : list.getItems()) {
            entry.getTerms().forEach(t -> add(out, t.getText(), line(t), lines(t.getSource()), attributes));
            ListItem d = entry.getDescription();
            if (d != null) {
                if (d.hasText()) {
                    add(out, d.getText(), line(d), lines(d.getSource()), attributes);
                }
                walk(d.getBlocks(), out, attributes);
            }
        }
    }

    private static void table(Table table, List<Prose> out, Attributes attributes) {
        List<org.asciidoctor.ast.Row> rows = new ArrayList<>(table.getHeader());
        rows.addAll(table.getBody());
        rows.addAll(table.getFooter());
        int line = line(table);
        int at = line;
        boolean asciidocCells = attributes.hasAsciidocCells(line);
        for (var row : rows) {
            for (Cell cell : row.getCells()) {
                if (asciidocCells && cell.getInnerDocument() != null) {
                    walk(cell.getInnerDocument().getBlocks(), out, attributes);
                } else {
                    // Cells carry no line of their own: find the cell's first word below the last cell's line.
                    String text = cell.getText();
                    at = attributes.lineOf(text == null ? "" : plain(text), at);
                    add(out, text, at, List.of(), attributes);
                }
            }
        }
    }

    private static int line(StructuralNode node) {
        return node.getSourceLocation() == null ? 0 : node.getSourceLocation().getLineNumber();
    }

    private static List<String> lines(String source) {
        return source == null ? List.of() : List.of(source.split("\r?\n", -1));
    }

    private static void add(List<Prose> out, String html, int line, List<String> sourceLines, Attributes attributes) {
        if (html == null || html.isBlank()) {
            return;
        }
        String text = plain(html);
        if (!text.isBlank()) {
            out.add(new Prose(line, text, lineStarts(text, sourceLines, attributes)));
        }
    }

    /**
     * The text a reader sees in Asciidoctor's inline HTML: tags dropped, entities decoded,
     * whitespace collapsed. Inline HTML from secure-mode AsciiDoc is only simple tags, so no
     * full HTML parse is needed (it was most of the time this stage added).
     */
    static String plain(String html) {
        String text = html.indexOf('<') < 0 ? html : TAG.matcher(html).replaceAll("");
        if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Where each source line after the first begins in the plain text. Asciidoctor converts a
     * paragraph as a whole, so the lines are aligned by counting letters and digits: each source
     * line, with its attributes substituted, contributes as many as it shows. Markup characters are
     * not letters, so {@code *lower*} and {@code {sp}} keep the count in step.
     */
    static List<Integer> lineStarts(String text, List<String> sourceLines, Attributes attributes) {
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < sourceLines.size() - 1; i++) {
            int letters = letters(visible(sourceLines.get(i), attributes));
            while (offset < text.length() && letters > 0) {
                if (Character.isLetterOrDigit(text.charAt(offset))) {
                    letters--;
                }
                offset++;
            }
            while (offset < text.length() && !Character.isLetterOrDigit(text.charAt(offset))) {
                offset++;
            }
            starts.add(snap(text, offset, visible(sourceLines.get(i + 1), attributes)));
            offset = starts.get(starts.size() - 1);
        }
        return starts;
    }

    /** Corrects drift from markup the count cannot know: the next line's first word, when found nearby. */
    private static int snap(String text, int offset, String nextLine) {
        Matcher word = WORD.matcher(nextLine);
        if (!word.find() || word.start() > 0 && Character.isLetterOrDigit(nextLine.charAt(word.start() - 1))) {
            return offset;
        }
        int best = -1;
        int from = Math.max(0, offset - 40);
        for (int at = text.indexOf(word.group(), from); at >= 0 && at <= offset + 40; at = text.indexOf(word.group(), at + 1)) {
            if (best < 0 || Math.abs(at - offset) < Math.abs(best - offset)) {
                best = at;
            }
        }
        if (best < 0) {
            return offset;
        }
        // The line starts before its first long word: step back over the letters of the words before it ("on a even").
        int before = letters(nextLine.substring(0, word.start()));
        int start = best;
        while (before > 0 && start > 0) {
            start--;
            if (Character.isLetterOrDigit(text.charAt(start))) {
                before--;
            }
        }
        return start;
    }

    private static String visible(String line, Attributes attributes) {
        return MACRO_TARGET.matcher(substitute(line, attributes)).replaceAll("");
    }

    private static String substitute(String line, Attributes attributes) {
        Matcher m = ATTRIBUTE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = attributes.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
        }
        return m.appendTail(out).toString();
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
