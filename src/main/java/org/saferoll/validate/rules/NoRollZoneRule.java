package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;
import org.saferoll.validate.SafetySchema;

import java.util.List;

/** Rule 3: a technique that presses (roller or ball) may not target the lumbar spine or the neck. */
public final class NoRollZoneRule implements Rule {

    @Override
    public String id() {
        return "no-roll-zone";
    }

    @Override
    public String summary() {
        return "A roll or ball technique never targets a no-roll zone (the lumbar spine, the neck); only movements and stretches may.";
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
                                + schema.rulesNode().path("noRollZone").path("why").asText(),
                        "remove " + region + " from :regions:, or make this a gentle movement or stretch (:method: movement)"));
            }
        }
    }

    private static List<String> strings(SafetySchema schema, String field) {
        return SafetySchema.strings(schema.rulesNode().path("noRollZone").path(field));
    }
}
