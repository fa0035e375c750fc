package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/** Rule 6: a routine lists every piece of equipment its steps need, so readers can get it ready. */
public final class EquipmentListedRule implements Rule {

    @Override
    public String id() {
        return "equipment-listed";
    }

    @Override
    public String summary() {
        return "A routine's :equipment: lists every tool that the techniques of its steps need.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.isType(PageType.ROUTINE)) {
            return;
        }
        List<String> listed = page.header().items("equipment");
        for (Step step : page.steps()) {
            context.page(step.technique(), PageType.TECHNIQUE).ifPresent(technique -> {
                for (String tool : technique.header().items("equipment")) {
                    if (!listed.contains(tool)) {
                        out.add(error(page, step.line(), "step '" + step.title() + "' needs " + tool
                                        + " (for " + technique.title() + "), which the routine does not list",
                                "add " + tool + " to :equipment: on line " + page.header().line("equipment")));
                    }
                }
            });
        }
    }
}
