package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.schema.Spoken;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;

/** Rule 5: every routine lists the precautions no reader may skip. */
public final class RequiredPrecautionsRule implements Rule {

    @Override
    public String id() {
        return "required-precautions";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "Every routine lists " + Spoken.list(schema.list("requiredPrecautions"), "and") + " in :precautions:.";
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
        List<String> listed = page.header().items("precautions");
        for (String required : context.schema().list("requiredPrecautions")) {
            if (!listed.contains(required)) {
                out.add(error(page, page.header().line("precautions"),
                        "the routine does not list the precaution " + required,
                        "add " + required + " to :precautions: — every routine must show it"));
            }
        }
    }
}
