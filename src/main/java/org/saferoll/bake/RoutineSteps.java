package org.saferoll.bake;

import org.saferoll.load.Page;
import org.saferoll.load.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A routine's steps as readers see them: numbered, timed, linked to their technique. */
final class RoutineSteps {
    private RoutineSteps() {
    }

    /**
     * One step of a routine.
     *
     * @param number    from 1
     * @param technique the technique's link, or null when it names no published technique
     * @param seconds   the time on the area (per side when {@code bothSides})
     * @param hold      the pause on a tender spot, 0 for none
     * @param duration  the time in words, e.g. "1 min each side"; for a technique that gives no time,
     *                  it says the time is the routine's, not the source's
     */
    record View(int number, String title, String anchor, Link technique, int seconds, boolean bothSides, int hold,
                String duration) {

        /** The step as the template sees it. */
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", number);
            m.put("title", title);
            m.put("anchor", anchor);
            m.put("technique", technique == null ? Map.of() : technique.toMap());
            m.put("seconds", seconds);
            m.put("bothsides", bothSides);
            m.put("hold", hold);
            m.put("duration", duration);
            return m;
        }
    }

    static List<View> of(Page routine, Navigation nav) {
        List<View> out = new ArrayList<>();
        int n = 1;
        for (Step s : routine.steps()) {
            Page t = nav.page(s.technique());
            int seconds = s.seconds().orElse(0);
            out.add(new View(n++, s.title(), s.anchor(), t == null ? null : new Link(t.title(), t.uri(), t.description()),
                    seconds, s.bothSides(), s.hold().orElse(0), Labels.duration(seconds) + (s.bothSides() ? " each side" : "")
                    + (t != null && givesNoTime(t) ? ", the routine's pacing (" + Labels.NO_SOURCE_TIME + ")" : "")));
        }
        return out;
    }

    /** True for a technique whose sources give no time, so it states none of its own. */
    private static boolean givesNoTime(Page technique) {
        return technique.header().value("seconds-min").isEmpty() && technique.header().value("seconds-max").isEmpty();
    }

    /** The whole routine's time, both sides counted. */
    static int totalSeconds(Page routine) {
        return routine.steps().stream().mapToInt(s -> s.seconds().orElse(0) * (s.bothSides() ? 2 : 1)).sum();
    }
}
