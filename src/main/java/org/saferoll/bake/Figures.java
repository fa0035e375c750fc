package org.saferoll.bake;

import org.saferoll.load.Header;
import org.saferoll.load.Page;
import org.saferoll.schema.SafetySchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A technique's figure and its text, both from the page's {@code :pose:}, {@code :tool-at:},
 * {@code :method:} and equipment, and from what {@code schema/rules.json} says each pose is.
 */
public final class Figures {
    private final SafetySchema schema;
    private final Navigation nav;

    public Figures(SafetySchema schema, Navigation nav) {
        this.schema = schema;
        this.nav = nav;
    }

    /**
     * The figure of a technique as {@code svg} (inline, with its text as its title), {@code alt}
     * (the same text, for a caption) and {@code thumb} (the picture alone, for a routine's step,
     * whose words sit beside it), or empty when the page has no pose.
     */
    public Optional<Map<String, Object>> of(Page technique) {
        Header h = technique.header();
        String pose = h.value("pose");
        if (!PoseFigure.poses().contains(pose)) {
            return Optional.empty();
        }
        Optional<String> at = Optional.of(h.value("tool-at")).filter(s -> !s.isEmpty());
        PoseFigure.Tool tool = "ball".equals(h.value("method")) ? PoseFigure.Tool.BALL : PoseFigure.Tool.ROLLER;
        String alt = alt(h, pose, at);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("svg", PoseFigure.svg(pose, at, tool, alt));
        m.put("alt", alt);
        m.put("thumb", PoseFigure.svg(pose, at, tool, ""));
        return Optional.of(m);
    }

    /** E.g. "Lying on your side, the roller under your armpit. The foam roller sits under your lats …". */
    String alt(Header h, String pose, Optional<String> at) {
        StringBuilder s = new StringBuilder(schema.text("figure", "poses", pose, "says")).append(". ");
        // A pose's own "moves" wins over the generic roll sentence: the article's extension pauses rather than rolls.
        String moves = schema.rulesNode().path("figure").path("poses").path(pose).path("moves").asText("");
        if (at.isPresent()) {
            String where = schema.rulesNode().path("figure").path("poses").path(pose).path("toolSits").asText("under your");
            s.append("The ").append(toolName(h)).append(" sits ").append(where).append(' ').append(Labels.region(at.get())).append(". ");
            if (!moves.isEmpty()) {
                s.append(moves).append('.');
            } else {
                s.append("ball".equals(h.value("method"))
                        ? "Shift your weight slowly over it, pausing on tender spots."
                        : "Roll slowly back and forth over it.");
            }
        } else {
            s.append(moves).append('.');
        }
        return s.toString().trim();
    }

    private String toolName(Header h) {
        List<String> equipment = h.items("equipment");
        Page tool = equipment.isEmpty() ? null : nav.page(equipment.get(0));
        if (tool != null) {
            return tool.title().toLowerCase(Locale.ROOT);
        }
        return "ball".equals(h.value("method")) ? "massage ball" : "foam roller";
    }
}
