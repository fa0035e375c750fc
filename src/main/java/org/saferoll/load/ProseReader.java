package org.saferoll.load;

import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prose of a parsed page from Asciidoctor's document, not from the source lines: each
 * paragraph, list item, table cell, admonition and title, converted by Asciidoctor (so
 * {@code {sp}} and other attributes are substituted and {@code *bold*} is resolved), then reduced
 * to the text a reader sees. Code and literal blocks are not prose and are skipped; comments never
 * reach the document.
 */
public final class ProseReader {
    /** Blocks whose text is code or verbatim, not advice addressed to the reader. */
    private static final Set<String> VERBATIM = Set.of("listing", "literal", "pass", "stem", "image", "audio", "video",
            "thematic_break", "page_break", "toc");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\{([\\w-]+)}");
    /** A macro's target, which the reader never sees: {@code xref:../a.adoc[}, {@code https://x[}. */
    private static final Pattern MACRO_TARGET = Pattern.compile("\\b(?:xref|link|mailto|image|footnote|kbd|btn|icon|https?):[^\\s\\[]*\\[|<<[^,>]*,?");
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
    }

    private static void walk(List<StructuralNode> blocks, List<Prose> out, Attributes attributes) {
        for (StructuralNode block : blocks) {
            String context = block.getContext();
            if (VERBATIM.contains(context)) {
                continue;
            }
            int line = line(block);
            attributes.advanceTo(line);
            if (block instanceof Section section) {
                add(out, section.getTitle(), line, List.of(), attributes);
            } else if (block.getTitle() != null && !block.getTitle().isBlank()) {
                add(out, block.getTitle(), Math.max(1, line - 1), List.of(), attributes);
            }
            if (block instanceof ListItem item) {
                if (item.hasText()) {
                    add(out, item.getText(), line, lines(item.getSource()), attributes);
                }
            } else if (block instanceof Table table) {
                table(table, out, attributes);
            } else if (block instanceof org.asciidoctor.ast.Block leaf && !"compound".equals(leaf.getContentModel())
                    && !"empty".equals(leaf.getContentModel())) {
                Object content = leaf.getContent();
                if (content != null) {
                    add(out, content.toString(), line, leaf.getLines(), attributes);
                }
            }
            if (block instanceof org.asciidoctor.ast.DescriptionList list) {
                for (var entry : list.getItems()) {
                    entry.getTerms().forEach(t -> add(out, t.getText(), line(t), lines(t.getSource()), attributes));
                    if (entry.getDescription() != null) {
                        ListItem d = entry.getDescription();
                        if (d.hasText()) {
                            add(out, d.getText(), line(d), lines(d.getSource()), attributes);
                        }
                        walk(d.getBlocks(), out, attributes);
                    }
                }
                continue;
            }
            walk(block.getBlocks(), out, attributes);
        }
    }

    private static void table(Table table, List<Prose> out, Attributes attributes) {
        List<org.asciidoctor.ast.Row> rows = new ArrayList<>(table.getHeader());
        rows.addAll(table.getBody());
        rows.addAll(table.getFooter());
        int line = line(table);
        for (var row : rows) {
            for (Cell cell : row.getCells()) {
                if (cell.getInnerDocument() != null) {
                    walk(cell.getInnerDocument().getBlocks(), out, attributes);
                } else {
                    // Cells carry no line of their own; the table's is the closest a writer can use.
                    add(out, cell.getText(), cell.getSourceLocation() == null ? line : cell.getSourceLocation().getLineNumber(),
                            List.of(), attributes);
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
        String text = Jsoup.parse(html).text();
        if (!text.isBlank()) {
            out.add(new Prose(line, text, lineStarts(text, sourceLines, attributes)));
        }
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
        return best < 0 ? offset : best;
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
