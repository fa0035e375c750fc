package org.saferoll.validate.rules;

import org.saferoll.load.Header;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.schema.Spoken;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/**
 * A technique's figure agrees with its page: the pose suits the method, a roll or ball technique
 * shows its tool on one of the page's own regions where the pose can show it, and a movement or
 * stretch shows no tool. The poses and what each allows live in {@code schema/rules.json}.
 */
public final class FigureRule implements Rule {

    @Override
    public String id() {
        return "figure";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "A technique's figure agrees with the page: its :pose: suits the :method:, a "
                + Spoken.list(schema.list("noRollZone", "pressureMethods"), "or")
                + " technique puts the tool (:tool-at:) on one of its own :regions:, and a movement or stretch shows no tool.";
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
        Header h = page.header();
        String pose = h.value("pose");
        String method = h.value("method");
        String at = h.value("tool-at");
        if (!schema.vocabulary("pose").contains(pose) || schema.list("noRollZone", "regions").contains(at)) {
            return; // the schema check or figure-no-roll-zone already says what is wrong
        }
        List<String> methods = schema.list("figure", "poses", pose, "methods");
        if (!method.isEmpty() && !methods.contains(method)) {
            out.add(error(page, h.line("pose"), "the pose " + pose + " does not show a " + method + " technique",
                    "use a pose for " + method + ": " + Spoken.list(posesFor(schema, method), "or")));
        }
        boolean pressing = schema.list("noRollZone", "pressureMethods").contains(method);
        if (!pressing) {
            if (!at.isEmpty()) {
                out.add(error(page, h.line("tool-at"), "a " + method + " uses no roller or ball, so its figure shows none",
                        "remove the :tool-at: line"));
            }
            return;
        }
        List<String> regions = h.items("regions");
        List<String> places = schema.list("figure", "poses", pose, "toolAt");
        if (at.isEmpty()) {
            out.add(error(page, h.line("pose"), "the figure must show where the " + method + " technique's tool sits",
                    "add :tool-at: with one of " + Spoken.list(regions.stream().filter(places::contains).toList(), "or")
                            + " (the regions of this page the pose can show)"));
        } else if (!regions.contains(at)) {
            out.add(error(page, h.line("tool-at"), "the figure puts the tool at the " + at + ", but the technique works on "
                            + Spoken.list(regions, "and"),
                    "set :tool-at: to one of the page's :regions:, or add " + at + " to :regions: if the technique works there"));
        } else if (!places.contains(at)) {
            out.add(error(page, h.line("tool-at"), "a figure in the pose " + pose + " cannot show the tool at the " + at,
                    "the pose shows the tool at " + Spoken.list(places, "or") + "; poses that show it at the " + at + ": "
                            + Spoken.list(schema.vocabulary("pose").stream()
                            .filter(p -> schema.list("figure", "poses", p, "toolAt").contains(at)).toList(), "or")));
        }
    }

    private static List<String> posesFor(SafetySchema schema, String method) {
        return schema.vocabulary("pose").stream().filter(p -> schema.list("figure", "poses", p, "methods").contains(method)).toList();
    }
}
