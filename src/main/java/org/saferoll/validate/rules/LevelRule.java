package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/** Rule 7: a routine may not use a technique meant for more experienced readers than the routine is. */
public final class LevelRule implements Rule {

    @Override
    public String id() {
        return "level";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "A routine uses no technique of a higher :level: than its own (" + String.join(" < ", schema.list("levels")) + ").";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.isType(PageType.ROUTINE)) {
            return;
        }
        List<String> order = context.schema().list("levels");
        int routineLevel = order.indexOf(page.header().value("level"));
        if (routineLevel < 0) {
            return; // an unknown level is reported by the schema
        }
        for (Step step : page.steps()) {
            context.page(step.technique(), PageType.TECHNIQUE).ifPresent(technique -> {
                String level = technique.header().value("level");
                if (order.indexOf(level) > routineLevel) {
                    out.add(error(page, step.line(), "step '" + step.title() + "' uses " + technique.title()
                                    + ", an " + level + " technique, in a " + page.header().value("level") + " routine",
                            "choose a " + page.header().value("level") + " technique, or raise the routine's :level: to " + level));
                }
            });
        }
    }
}
