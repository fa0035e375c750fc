package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.schema.Spoken;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/** Rule 3: a technique that presses (roller or ball) may not target the lumbar spine or the neck. */
public final class NoRollZoneRule implements Rule {

    @Override
    public String id() {
        return "no-roll-zone";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "A " + Spoken.list(strings(schema, "pressureMethods"), "or") + " technique never targets a no-roll zone ("
                + Spoken.list(strings(schema, "regions"), "or") + "); only "
                + Spoken.list(schema.vocabulary("method").stream().filter(m -> !strings(schema, "pressureMethods").contains(m)).toList(), "and")
                + " techniques may.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.isType(PageType.TECHNIQUE)) {
            return;
        }
        SafetySchema schema = context.schema();
        List<String> zones = strings(schema, "regions");
        List<String> pressing = strings(schema, "pressureMethods");
        String method = page.header().value("method");
        if (!pressing.contains(method)) {
            return;
        }
        for (String region : page.header().items("regions")) {
            if (zones.contains(region)) {
                out.add(error(page, page.header().line("regions"),
                        "a " + method + " technique may not target the " + region + " region: "
                                + schema.text("noRollZone", "why"),
                        "remove " + region + " from :regions:, or make this a gentle movement or stretch (:method: movement)"));
            }
        }
    }

    private static List<String> strings(SafetySchema schema, String field) {
        return schema.list("noRollZone", field);
    }
}
