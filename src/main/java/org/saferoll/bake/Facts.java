package org.saferoll.bake;

import org.saferoll.load.Header;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The at-a-glance facts box of a technique or routine, from its attributes. */
final class Facts {
    private static final Map<String, String> METHODS = Map.of(
            "roll", "Foam roller", "ball", "Massage ball", "movement", "Gentle movement", "stretch", "Stretch");

    private Facts() {
    }

    static List<Map<String, Object>> of(Page page, PageType type, Navigation nav) {
        List<Map<String, Object>> facts = new ArrayList<>();
        var h = page.header();
        switch (type) {
            case TECHNIQUE -> {
                facts.add(fact("Method", METHODS.getOrDefault(h.value("method"), h.value("method")), List.of()));
                facts.add(fact("Works on", String.join(", ", h.items("regions").stream().map(Labels::region).toList()), List.of()));
                facts.add(fact("Level", Labels.sentence(h.value("level")), List.of()));
                facts.add(timePerArea(h, nav));
                facts.add(fact("You need", h.items("equipment").isEmpty() ? "Just a mat or a soft floor" : "",
                        links(h.items("equipment"), nav)));
            }
            case ROUTINE -> {
                facts.add(fact("When", Labels.context(h.value("context")), List.of()));
                facts.add(fact("Level", Labels.sentence(h.value("level")), List.of()));
                facts.add(fact("Total time", Labels.duration(RoutineSteps.totalSeconds(page)) + " over "
                        + page.steps().size() + (page.steps().size() == 1 ? " step" : " steps"), List.of()));
                facts.add(fact("You need", h.items("equipment").isEmpty() ? "Just a mat or a soft floor" : "",
                        links(h.items("equipment"), nav)));
            }
            case PRECAUTION -> facts.add(fact("How strict", switch (h.value("severity")) {
                case "stop" -> "Stop sign: stop at once";
                case "caution" -> "Caution: take care every time";
                default -> "Good practice";
            }, List.of()));
            default -> {
            }
        }
        return facts;
    }

    /** A move timed only as a step of another roll says whose time it shows, not a time of its own. */
    private static Map<String, Object> timePerArea(Header h, Navigation nav) {
        String range = range(h.value("seconds-min"), h.value("seconds-max"));
        List<Map<String, Object>> of = links(h.items("time-of"), nav);
        return of.isEmpty() ? fact("Time per area", range, List.of())
                : fact("Time per area", range + ", the time of the roll this move is part of: ", of);
    }

    private static String range(String min, String max) {
        if (min.isEmpty() && max.isEmpty()) {
            return Labels.sentence(Labels.NO_SOURCE_TIME); // words, not a figure the sources never gave
        }
        if (!min.matches("\\d+") || !max.matches("\\d+")) {
            return "";
        }
        return Labels.duration(Integer.parseInt(min)) + " to " + Labels.duration(Integer.parseInt(max));
    }

    private static List<Map<String, Object>> links(List<String> ids, Navigation nav) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Page p = nav.page(id);
            if (p != null) {
                out.add(new Link(p.title(), p.uri(), "").toMap());
            }
        }
        return out;
    }

    private static Map<String, Object> fact(String label, String value, List<Map<String, Object>> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("value", value);
        m.put("links", links);
        return m;
    }
}
