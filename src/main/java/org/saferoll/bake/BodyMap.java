package org.saferoll.bake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the back as an inline SVG from the region vocabulary: the regions a page works on are
 * highlighted, and the no-roll zones are always hatched. Generated at build time, never by hand.
 */
public final class BodyMap {

    /** Shapes of a back seen from behind, in a 200 × 300 box; hip flexors sit at the front of the hips. */
    private static final Map<String, String> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("neck", "M90 46h20v20H90z");
        SHAPES.put("trapezius", "M90 64h20l36 14-8 10-30-4h-16l-30 4-8-10z");
        SHAPES.put("thoracic", "M88 86h24v74H88z");
        SHAPES.put("rhomboids", "M76 90l12-2v30l-12-4zM124 90l-12-2v30l12-4z");
        SHAPES.put("lats", "M58 92l16 2 2 64-12-6zM142 92l-16 2-2 64 12-6z");
        SHAPES.put("lumbar", "M86 162h28v36H86z");
        SHAPES.put("glutes", "M66 204c0-10 12-12 30-10v34c-18 4-30 0-30-12zM134 204c0-10-12-12-30-10v34c18 4 30 0 30-12z");
        SHAPES.put("piriformis", "M74 206l20 4-2 6-18-3zM126 206l-20 4 2 6 18-3z");
        SHAPES.put("hip-flexors", "M52 196l10-4 4 30-10 2zM148 196l-10-4-4 30 10 2z");
    }

    private static final String OUTLINE = "M100 6a20 20 0 1 1 0 40a20 20 0 1 1 0-40zM88 46h24v18l40 14 8 14-6 70-8 4 2 30 8 4v22l-10 28H64"
            + "l-10-28v-22l8-4 2-30-8-4-6-70 8-14 40-14z";

    private BodyMap() {
    }

    /** The shapes' region names, for the vocabulary check in tests. */
    public static List<String> regions() {
        return List.copyOf(SHAPES.keySet());
    }

    /**
     * @param targets  regions the page works on
     * @param noRoll   regions that must never be rolled
     * @param idSuffix makes element ids unique on the page
     */
    public static String svg(List<String> targets, List<String> noRoll, String idSuffix) {
        String titleId = "bodymap-title-" + idSuffix;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg class=\"bodymap\" viewBox=\"0 0 200 300\" role=\"img\" aria-labelledby=\"")
                .append(titleId).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(titleId).append("\">").append(escape(describe(targets, noRoll))).append("</title>")
                .append("<defs><pattern id=\"hatch-").append(idSuffix)
                .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" class=\"hatch-bg\"/><path d=\"M0 0v6\" class=\"hatch-line\"/></pattern></defs>")
                .append("<path class=\"outline\" d=\"").append(OUTLINE).append("\"/>");
        for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
            String region = shape.getKey();
            String kind = noRoll.contains(region) ? "no-roll" : targets.contains(region) ? "target" : "idle";
            svg.append("<path class=\"region ").append(kind).append("\" data-region=\"").append(region).append('"');
            if ("no-roll".equals(kind)) {
                svg.append(" fill=\"url(#hatch-").append(idSuffix).append(")\"");
            }
            svg.append(" d=\"").append(shape.getValue()).append("\"><title>").append(escape(Labels.region(region)))
                    .append("no-roll".equals(kind) ? ": never roll" : "target".equals(kind) ? ": worked here" : "")
                    .append("</title></path>");
        }
        return svg.append("</svg>").toString();
    }

    /** The text equivalent of the map, for screen readers and as a caption. */
    public static String describe(List<String> targets, List<String> noRoll) {
        List<String> worked = targets.stream().filter(t -> !noRoll.contains(t)).map(Labels::region).toList();
        List<String> gentle = targets.stream().filter(noRoll::contains).map(Labels::region).toList();
        StringBuilder s = new StringBuilder("Body map. ");
        if (!worked.isEmpty()) {
            s.append("Worked here: ").append(String.join(", ", worked)).append(". ");
        }
        if (!gentle.isEmpty()) {
            s.append("Moved gently, never rolled: ").append(String.join(", ", gentle)).append(". ");
        }
        s.append("No-roll zones: ").append(String.join(", ", noRoll.stream().map(Labels::region).toList())).append('.');
        return s.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
