package org.saferoll.bake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the body as an inline SVG from the region vocabulary, seen from behind and from the front,
 * each view labelled: the regions a page works on are highlighted, and the no-roll zones are
 * always hatched; a no-roll zone that a gentle movement works on (the pelvic tilt's lower back) is
 * hatched and outlined in the worked colour, so the map never shows such a move working nothing. Each region is drawn on the view where it lies. Generated at build time.
 */
public final class BodyMap {

    /** The two views, side by side and close, so each is as large as the width allows. */
    enum View {
        BACK("Back", 0), FRONT("Front", 124);

        final String label;
        final int x;

        View(String label, int x) {
            this.label = label;
            this.x = x;
        }
    }

    /** A region's shape, in its view's own 200 × 300 box (shifted down by {@link #TOP} for the label). */
    private record Shape(View view, String path) {
    }

    private static final Map<String, Shape> SHAPES = new LinkedHashMap<>();
    private static final int TOP = 20;

    static {
        SHAPES.put("neck", new Shape(View.BACK, "M90 46h20v20H90z"));
        SHAPES.put("trapezius", new Shape(View.BACK, "M90 64h20l36 14-8 10-30-4h-16l-30 4-8-10z"));
        SHAPES.put("thoracic", new Shape(View.BACK, "M88 86h24v74H88z"));
        SHAPES.put("rhomboids", new Shape(View.BACK, "M76 90l12-2v30l-12-4zM124 90l-12-2v30l12-4z"));
        SHAPES.put("lats", new Shape(View.BACK, "M58 92l16 2 2 64-12-6zM142 92l-16 2-2 64 12-6z"));
        SHAPES.put("lumbar", new Shape(View.BACK, "M86 162h28v36H86z"));
        SHAPES.put("glutes", new Shape(View.BACK, "M66 204c0-10 12-12 30-10v34c-18 4-30 0-30-12zM134 204c0-10-12-12-30-10v34c18 4 30 0 30-12z"));
        SHAPES.put("piriformis", new Shape(View.BACK, "M74 206l20 4-2 6-18-3zM126 206l-20 4 2 6 18-3z"));
        // The hip flexors cross the front of the hip, from the pelvis to the top of the thigh.
        SHAPES.put("hip-flexors", new Shape(View.FRONT, "M70 194l22 10-2 26-18-12zM130 194l-22 10 2 26 18-12z"));
    }

    /** A body's silhouette, the same from behind and from the front. */
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
        StringBuilder svg = new StringBuilder(3072);
        svg.append("<svg class=\"bodymap\" viewBox=\"44 0 244 ").append(300 + TOP).append("\" role=\"img\" aria-labelledby=\"")
                .append(titleId).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(titleId).append("\">").append(escape(describe(targets, noRoll))).append("</title>")
                .append("<defs><pattern id=\"hatch-").append(idSuffix)
                .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" class=\"hatch-bg\"/><path d=\"M0 0v6\" class=\"hatch-line\"/></pattern></defs>");
        for (View view : View.values()) {
            svg.append("<g transform=\"translate(").append(view.x).append(' ').append(TOP).append(")\">")
                    .append("<text class=\"view-label\" x=\"100\" y=\"-4\" text-anchor=\"middle\">").append(view.label).append("</text>")
                    .append("<path class=\"outline\" d=\"").append(OUTLINE).append("\"/>");
            for (Map.Entry<String, Shape> shape : SHAPES.entrySet()) {
                if (shape.getValue().view() == view) {
                    region(svg, shape.getKey(), shape.getValue().path(), targets, noRoll, idSuffix);
                }
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void region(StringBuilder svg, String region, String path, List<String> targets, List<String> noRoll, String idSuffix) {
        String kind = noRoll.contains(region) ? (targets.contains(region) ? "no-roll moved" : "no-roll")
                : targets.contains(region) ? "target" : "idle";
        svg.append("<path class=\"region ").append(kind).append("\" data-region=\"").append(region).append('"');
        if (kind.startsWith("no-roll")) {
            svg.append(" fill=\"url(#hatch-").append(idSuffix).append(")\"");
        }
        // No title per region: the picture's one title says it all, and every byte ships to phones.
        svg.append(" d=\"").append(path).append("\"/>");
    }

    /** Whether the map outlines a no-roll zone that the page moves gently, so the legend names that key. */
    public static boolean movesANoRollZone(List<String> targets, List<String> noRoll) {
        return targets.stream().anyMatch(noRoll::contains);
    }

    /** The view a region is drawn on, for tests. */
    static View viewOf(String region) {
        return SHAPES.get(region).view();
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
