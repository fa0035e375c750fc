package org.saferoll.validate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.schema.Spoken;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/**
 * Rule 4: the time on an area stays within the technique's own range and, for pressure
 * techniques, within the window of the routine's context (e.g. pre-workout 30–60 s). A technique
 * that gives no range, because its sources give no time, is held to the context's window too, so
 * every step keeps a limit from the schema.
 */
public final class StepTimeRule implements Rule {

    @Override
    public String id() {
        return "step-time";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "Each step's seconds stay within its technique's :seconds-min: to :seconds-max:, and for "
                + Spoken.list(pressing(schema), "and") + " techniques, and techniques that give no time, within the routine's context (see secondsPerArea).";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.isType(PageType.ROUTINE)) {
            return;
        }
        String routineContext = page.header().value("context");
        JsonNode window = context.schema().rulesNode().path("secondsPerArea").path(routineContext);
        for (Step step : page.steps()) {
            if (step.seconds().isEmpty()) {
                continue;
            }
            int seconds = step.seconds().getAsInt();
            context.page(step.technique(), PageType.TECHNIQUE).ifPresent(technique -> {
                String min = technique.header().value("seconds-min");
                String max = technique.header().value("seconds-max");
                if (min.matches("\\d+") && max.matches("\\d+")
                        && (seconds < Integer.parseInt(min) || seconds > Integer.parseInt(max))) {
                    out.add(error(page, step.line(), "step '" + step.title() + "' spends " + seconds + " s on "
                                    + technique.title() + ", which allows " + min + " to " + max + " s",
                            "set seconds between " + min + " and " + max));
                }
                boolean pressing = pressing(context.schema()).contains(technique.header().value("method"));
                boolean untimed = min.isEmpty() && max.isEmpty();
                if ((pressing || untimed) && !window.isMissingNode()) {
                    int low = window.path("min").asInt();
                    int high = window.path("max").asInt();
                    if (seconds < low || seconds > high) {
                        out.add(error(page, step.line(), "step '" + step.title() + "' spends " + seconds
                                        + " s on one area" + (untimed ? " (" + technique.title() + " gives no time of its own)" : "")
                                        + ", but a " + routineContext + " routine allows " + low + " to " + high + " s per area",
                                "set seconds between " + low + " and " + high + " (" + window.path("basis").asText().replaceAll("\\.$", "") + ")"));
                    }
                }
            });
        }
    }

    /** The methods that press on the tissue, whose time the routine's context limits. */
    private static List<String> pressing(SafetySchema schema) {
        return schema.list("noRollZone", "pressureMethods");
    }
}
