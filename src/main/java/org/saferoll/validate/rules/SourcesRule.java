package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;
import org.saferoll.validate.Suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Every claim has a source: a page of a type listed in {@code sources.requiredOn} declares at
 * least one source in {@code :sources:}, and every id it names is in {@code schema/sources.json}.
 */
public final class SourcesRule implements Rule {

    @Override
    public String id() {
        return "sources";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "A " + String.join(", ", schema.list("sources", "requiredOn")) + " page names a source in :sources:, listed in schema/sources.json.";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        List<String> requiredOn = context.schema().list("sources", "requiredOn");
        if (page.type().filter(t -> requiredOn.contains(t.id())).isEmpty()) {
            return;
        }
        var header = page.header();
        List<String> known = new ArrayList<>();
        context.schema().sourcesNode().fieldNames().forEachRemaining(known::add);
        List<String> declared = header.items("sources");
        if (declared.isEmpty()) {
            out.add(error(page, header.line("sources"), "the page names no source for its facts",
                    "add :sources: " + String.join(", ", known) + " below the title, naming the sources the page rests on"
                            + " (their ids are in schema/sources.json)"));
            return;
        }
        for (String id : declared) {
            if (!known.contains(id)) {
                String near = Suggest.closest(id, known).map(s -> "did you mean " + s + "? ").orElse("");
                out.add(error(page, header.line("sources"), ":sources: names '" + id + "', which is not in schema/sources.json",
                        near + "use an id from schema/sources.json, or add the source there with its title, author and section"));
            }
        }
    }
}
