package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.Spoken;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;
import org.saferoll.validate.Suggest;

import java.util.List;
import java.util.Set;

/** Rule 5 (part): every routine has steps, and each step names a technique and a time in the right form. */
public final class StepRule implements Rule {
    private static final String EXAMPLE = "[.step,technique=thoracic-spine-roll,seconds=60]";

    @Override
    public String id() {
        return "step";
    }

    @Override
    public String summary() {
        return "A routine has at least one step; each step names a technique and its seconds, with sides=both or no sides, and hold in whole seconds.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (!page.isType(PageType.ROUTINE)) {
            return;
        }
        if (page.steps().isEmpty()) {
            out.add(error(page, page.header().line("jbake-type"), "the routine has no steps",
                    "add a section for each step, with the step line above its title: " + EXAMPLE));
        }
        for (Step step : page.steps()) {
            Set<String> meant = unknownNames(page, step, out);
            if (step.technique().isEmpty() && !meant.contains("technique")) {
                out.add(error(page, step.line(), "step '" + step.title() + "' does not say which technique it uses",
                        "add technique=<id> to the step line, e.g. " + EXAMPLE));
            }
            if (step.seconds().isEmpty() && !meant.contains("seconds")) {
                out.add(error(page, step.line(), "step '" + step.title() + "' has no time in whole seconds",
                        "add seconds=<number> to the step line, e.g. " + EXAMPLE));
            }
            if (!step.sides().isEmpty() && !"both".equals(step.sides())) {
                out.add(error(page, step.line(), "step '" + step.title() + "' has sides=" + step.sides(),
                        "write sides=both when the time is spent on each side in turn, or leave sides out"));
            }
            if (step.attributes().containsKey("hold") && step.hold().isEmpty()) {
                out.add(error(page, step.line(), "step '" + step.title() + "' has hold=" + step.attributes().get("hold")
                        + ", which is not a whole number of seconds", "write hold=25, for example"));
            }
        }
    }

    /**
     * Reports each attribute name a step may not have, with the name it most likely stands for;
     * returns those likely names, whose "missing" message would only repeat the same slip.
     */
    private Set<String> unknownNames(Page page, Step step, List<Diagnostic> out) {
        Set<String> meant = new java.util.HashSet<>();
        for (String name : step.attributes().keySet()) {
            if (Step.NAMES.contains(name)) {
                continue;
            }
            var closest = Suggest.closest(name, Step.NAMES);
            closest.ifPresent(meant::add);
            out.add(error(page, step.line(), "step '" + step.title() + "' has an unknown attribute " + name,
                    closest.map(n -> "did you mean " + n + "=? ").orElse("")
                            + "a step may have " + Spoken.list(Step.NAMES, "and")));
        }
        return meant;
    }
}
