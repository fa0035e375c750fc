package org.saferoll.load;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@link Markup} of a parsed page: what could put the writer's own HTML into the site. */
final class MarkupReader {
    private MarkupReader() {
    }

    /**
     * The constructs of the parsed document that could carry HTML of the writer's own: raw
     * blocks, substitutions without special characters, attribute values with quotes or angle
     * brackets, and {@code link=} targets. Read from the document, so every spelling of
     * {@code pass} or {@code subs} is seen as Asciidoctor resolved it.
     */
    static List<Markup> read(Document document) {
        List<Markup> out = new ArrayList<>();
        markup(document, out);
        return List.copyOf(out);
    }

    private static void markup(StructuralNode node, List<Markup> out) {
        for (Object child : node.getBlocks()) {
            if (!(child instanceof StructuralNode block)) {
                continue;
            }
            int line = block.getSourceLocation() == null ? 0 : block.getSourceLocation().getLineNumber();
            String model = block.getContentModel();
            if ("raw".equals(model)) {
                out.add(new Markup(line, Markup.RAW, block.getContext()));
            } else if (("simple".equals(model) || "verbatim".equals(model))
                    && !block.getSubstitutions().contains("specialcharacters")) {
                out.add(new Markup(line, Markup.NO_SPECIALCHARS, String.join(",", block.getSubstitutions())));
            }
            for (Map.Entry<String, Object> a : block.getAttributes().entrySet()) {
                String value = String.valueOf(a.getValue());
                if (value.indexOf('"') >= 0 || value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
                    out.add(new Markup(line, Markup.ATTRIBUTE, a.getKey() + "=" + value));
                }
                if (a.getKey().equals("link")) {
                    out.add(new Markup(line, Markup.LINK, value));
                }
            }
            markup(block, out);
        }
    }
}
