package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.schema.Spoken;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/**
 * A technique's figure never puts the roller or ball on a no-roll zone. The figure is what a reader
 * copies, so this holds for every method, movements included: a picture of a ball under the
 * lower back would teach exactly what the page forbids.
 */
public final class FigureNoRollZoneRule implements Rule {

    @Override
    public String id() {
        return "figure-no-roll-zone";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "A technique's figure never shows the roller or ball at a no-roll zone (:tool-at: is never "
                + Spoken.list(schema.list("noRollZone", "regions"), "or") + ").";
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
        String at = page.header().value("tool-at");
        SafetySchema schema = context.schema();
        if (schema.list("noRollZone", "regions").contains(at)) {
            out.add(error(page, page.header().line("tool-at"),
                    "the figure would show the tool at the " + at + " region: " + schema.text("noRollZone", "why"),
                    "put :tool-at: on a region the tool may press, such as "
                            + Spoken.list(page.header().items("regions").stream()
                            .filter(r -> !schema.list("noRollZone", "regions").contains(r)).toList(), "or")
                            + "; or leave it out for a movement or stretch"));
        }
    }
}
