package org.saferoll.bake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a technique's figure as a small inline SVG, from its pose, the region its tool sits at and
 * the tool. Every figure is a side view in one line style: the body in the text colour, the floor
 * (and a wall) in a muted line, the roller or ball and the way to move in the accent colour. Only
 * {@code path} elements are used, styled by {@code site.css}, so the figure follows light and dark.
 *
 * <p>Long because the poses are data: each pose's points take a few lines, and keeping them beside
 * the drawing code lets a test check every pose the schema names against what can be drawn.
 */
public final class PoseFigure {
    static final int WIDTH = 240;
    static final int HEIGHT = 120;
    static final double FLOOR = 112;
    static final double WALL = 36;
    /** Half the body's stroke width: the tool touches the body's edge, not its centre line. */
    private static final double HALF_LIMB = 3.5;
    private static final double ARROW = 14;

    /** The tool a figure shows. */
    public enum Tool { ROLLER, BALL }

    /** Where the tool rests: on the floor below the body, or on a wall behind it. */
    private enum Support { FLOOR, WALL }

    /**
     * One pose: the limbs as polylines ({@code x1,y1,x2,y2,...}), the far limbs drawn fainter, the
     * head, the points on the body where a tool can sit (by region), and a pose's own movement
     * (a path) for techniques without a tool; {@code arrowAt} moves the tool's arrow where the
     * body leaves room for it.
     */
    private record Drawing(Support support, double[] head, List<double[]> limbs, List<double[]> far,
                           Map<String, double[]> spots, String movement, double[] arrowAt) {
        Drawing(Support support, double[] head, List<double[]> limbs, List<double[]> far, Map<String, double[]> spots, String movement) {
            this(support, head, limbs, far, spots, movement, null);
        }
    }

    private static final Map<String, Drawing> POSES = new LinkedHashMap<>();

    static {
        POSES.put("supine-hips-lifted", new Drawing(Support.FLOOR, new double[] {36, 80},
                List.of(new double[] {47, 84, 75, 86, 100, 82, 126, 72}, new double[] {126, 72, 158, 54, 170, 108, 182, 108},
                        new double[] {56, 85, 44, 64, 33, 72}),
                List.of(), spots("trapezius", 62, 85, "rhomboids", 70, 86, "thoracic", 78, 86), null));
        POSES.put("supine-over-tool", new Drawing(Support.FLOOR, new double[] {48, 98},
                List.of(new double[] {58, 94, 88, 87, 112, 95, 140, 105}, new double[] {140, 105, 170, 72, 184, 108, 196, 108},
                        new double[] {66, 92, 58, 72, 45, 86}),
                List.of(), spots("rhomboids", 80, 88, "thoracic", 88, 87), null));
        POSES.put("supine", new Drawing(Support.FLOOR, new double[] {36, 100},
                List.of(new double[] {47, 105, 126, 105}, new double[] {126, 105, 158, 74, 172, 108, 184, 108},
                        new double[] {56, 106, 84, 108, 108, 108}),
                List.of(), Map.of(), "M112 88q11-10 22 0M112 88l1-7M112 88l7 1M134 88l-1-7M134 88l-7 1"));
        POSES.put("side-lying", new Drawing(Support.FLOOR, new double[] {42, 84},
                List.of(new double[] {54, 87, 74, 87, 110, 96, 140, 104}, new double[] {140, 104, 176, 106, 212, 108, 220, 103},
                        new double[] {60, 92, 38, 100, 14, 104}),
                List.of(), spots("lats", 76, 87), null));
        POSES.put("prone-forearms", new Drawing(Support.FLOOR, new double[] {40, 72},
                List.of(new double[] {51, 76, 90, 80, 128, 86}, new double[] {128, 86, 168, 100, 208, 108, 216, 103},
                        new double[] {62, 79, 60, 108, 34, 108}),
                List.of(), spots("hip-flexors", 124, 86), null));
        POSES.put("seated", new Drawing(Support.FLOOR, new double[] {72, 33},
                List.of(new double[] {76, 44, 96, 86}, new double[] {96, 86, 136, 66, 150, 108, 162, 108},
                        new double[] {79, 51, 66, 76, 56, 108}),
                List.of(), spots("glutes", 96, 86, "piriformis", 94, 86), null,
                new double[] {124, 100}));
        POSES.put("wall-lean", new Drawing(Support.WALL, new double[] {60, 22},
                List.of(new double[] {57, 33, 54, 50, 60, 76}, new double[] {60, 76, 67, 93, 74, 110, 86, 110},
                        new double[] {58, 38, 62, 58, 68, 74}),
                List.of(), spots("trapezius", 55, 40, "rhomboids", 54, 48), null));
        POSES.put("all-fours", new Drawing(Support.FLOOR, new double[] {38, 58},
                List.of(new double[] {48, 60, 58, 62, 94, 60, 130, 62}, new double[] {130, 62, 130, 108, 168, 108},
                        new double[] {58, 62, 58, 108}),
                List.of(), Map.of(), "M70 46q24-22 48 0M70 46l1-8M70 46l8 0M118 46l-1-8M118 46l-8 0"));
        POSES.put("kneeling-fold", new Drawing(Support.FLOOR, new double[] {46, 100},
                List.of(new double[] {56, 96, 92, 80, 132, 90}, new double[] {132, 90, 100, 108, 144, 108, 152, 108},
                        new double[] {62, 94, 36, 106, 12, 108}),
                List.of(), Map.of(), "M20 90h44M20 90l6-5M20 90l6 5"));
    }

    private PoseFigure() {
    }

    /** The poses this class can draw; the vocabulary in {@code schema/} must not name any other. */
    public static Set<String> poses() {
        return POSES.keySet();
    }

    /** Whether a figure in {@code pose} can show a tool at {@code region}. */
    public static boolean canDraw(String pose, String region) {
        Drawing d = POSES.get(pose);
        return d != null && d.spots().containsKey(region);
    }

    /** Whether the pose has its own movement to show when there is no tool. */
    public static boolean hasMovement(String pose) {
        Drawing d = POSES.get(pose);
        return d != null && d.movement() != null;
    }

    /**
     * The figure as inline SVG.
     *
     * @param pose   a pose from {@link #poses()}
     * @param toolAt the region the tool sits at, empty for a technique without a tool
     * @param tool   the tool drawn at {@code toolAt}
     * @param alt    the text equivalent, written from the same data; empty for a figure that sits
     *               beside words saying the same (a routine's step), which is then hidden from
     *               screen readers
     */
    public static String svg(String pose, Optional<String> toolAt, Tool tool, String alt) {
        Drawing d = POSES.get(pose);
        if (d == null) {
            throw new IllegalArgumentException("no drawing for pose " + pose);
        }
        int top = top(d);
        StringBuilder svg = new StringBuilder(1600);
        svg.append("<svg class=\"pose\" viewBox=\"0 ").append(top).append(' ').append(WIDTH).append(' ').append(HEIGHT - top)
                .append(alt.isEmpty() ? "\" aria-hidden=\"true\">" : "\" role=\"img\"><title>" + escape(alt) + "</title>");
        StringBuilder ground = new StringBuilder("M4 ").append(num(FLOOR + HALF_LIMB)).append("H236");
        if (d.support() == Support.WALL) {
            ground.append("M").append(num(WALL)).append(" 4V").append(num(FLOOR + HALF_LIMB));
        }
        path(svg, "ground", ground.toString());
        if (!d.far().isEmpty()) {
            path(svg, "limb far", polylines(d.far()));
        }
        // The head is a ring as thick as the limbs, so it is drawn in the same stroke: it reads as a solid head.
        path(svg, "limb", polylines(d.limbs()) + circle(d.head()[0], d.head()[1], 4));
        if (toolAt.isPresent() && d.spots().containsKey(toolAt.get())) {
            tool(svg, d, d.spots().get(toolAt.get()), tool);
        } else if (d.movement() != null) {
            path(svg, "move", d.movement());
        }
        return svg.append("</svg>").toString();
    }

    /** The tool squeezed between the body and its support, and a two-way arrow along the body. */
    private static void tool(StringBuilder svg, Drawing d, double[] at, Tool tool) {
        boolean floor = d.support() == Support.FLOOR;
        double gap = floor ? FLOOR - at[1] - HALF_LIMB : at[0] - HALF_LIMB - WALL;
        double r = Math.max(4, gap / 2);
        double cx = floor ? at[0] : WALL + r;
        double cy = floor ? FLOOR - r : at[1];
        String outline = circle(cx, cy, r);
        path(svg, "tool " + (tool == Tool.BALL ? "ball" : "roller"), tool == Tool.BALL ? outline : outline + circle(cx, cy, r * 0.35));
        // The arrow runs along the body on the side away from the support, where nothing hides it.
        double ax = d.arrowAt() != null ? d.arrowAt()[0] : floor ? at[0] : at[0] + HALF_LIMB + 10;
        double ay = d.arrowAt() != null ? d.arrowAt()[1] : floor ? at[1] - HALF_LIMB - 10 : at[1];
        double dx = floor ? ARROW : 0;
        double dy = floor ? 0 : ARROW;
        path(svg, "move", arrow(ax - dx, ay - dy, ax + dx, ay + dy));
    }

    /** The figure is cropped above its highest point, leaving room for an arrow over the body. */
    private static int top(Drawing d) {
        double min = d.head()[1] - 9;
        for (double[] line : d.limbs()) {
            for (int i = 1; i < line.length; i += 2) {
                min = Math.min(min, line[i]);
            }
        }
        return (int) Math.max(0, Math.floor(min - 26));
    }

    private static String arrow(double x1, double y1, double x2, double y2) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        double h = 5;
        return "M" + num(x1) + " " + num(y1) + "L" + num(x2) + " " + num(y2)
                + head(x2, y2, ux, uy, h) + head(x1, y1, -ux, -uy, h);
    }

    /** Two short strokes back from the tip at ±45°. */
    private static String head(double x, double y, double ux, double uy, double h) {
        double c = Math.sqrt(0.5);
        double ax = (-ux * c - uy * c) * h;
        double ay = (-uy * c + ux * c) * h;
        double bx = (-ux * c + uy * c) * h;
        double by = (-uy * c - ux * c) * h;
        return "M" + num(x + ax) + " " + num(y + ay) + "L" + num(x) + " " + num(y) + "L" + num(x + bx) + " " + num(y + by);
    }

    private static String polylines(List<double[]> lines) {
        StringBuilder d = new StringBuilder();
        for (double[] p : lines) {
            d.append('M').append(num(p[0])).append(' ').append(num(p[1]));
            for (int i = 2; i < p.length; i += 2) {
                d.append(' ').append(num(p[i])).append(' ').append(num(p[i + 1])); // pairs after M draw lines
            }
        }
        return d.toString();
    }

    private static String circle(double x, double y, double radius) {
        long r = Math.max(1, Math.round(radius));
        long cx = Math.round(x);
        return "M" + (cx - r) + " " + Math.round(y) + "a" + r + " " + r + " 0 1 0 " + 2 * r + " 0a" + r + " " + r + " 0 1 0 " + -2 * r + " 0z";
    }

    private static void path(StringBuilder svg, String cls, String d) {
        svg.append("<path class=\"").append(cls).append("\" d=\"").append(d).append("\"/>");
    }

    private static Map<String, double[]> spots(Object... regionXY) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < regionXY.length; i += 3) {
            m.put((String) regionXY[i], new double[] {((Number) regionXY[i + 1]).doubleValue(), ((Number) regionXY[i + 2]).doubleValue()});
        }
        return m;
    }

    /** Whole units: at the figure's size a fraction of a unit is invisible, and the figure stays small. */
    private static String num(double v) {
        return Long.toString(Math.round(v));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The figure's regions, for tests: every spot a pose offers. */
    static List<String> spotsOf(String pose) {
        return new ArrayList<>(POSES.get(pose).spots().keySet());
    }
}
