package org.saferoll.validate.rules;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/** Rule 10: pages carry no raw HTML, so no script or markup of a writer's own reaches readers. */
public final class RawHtmlRule implements Rule {
    private static final Pattern PASSTHROUGH = Pattern.compile(
            "^\\+{4,}\\s*$|pass:[a-z,]*\\[|\\+\\+\\+|^\\[pass(?:[,\\]])|<script|\\$\\$");

    @Override
    public String id() {
        return "raw-html";
    }

    @Override
    public String summary() {
        return "No passthrough: ++++ blocks, pass:[] and +++ are refused, so pages carry no HTML or script.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        List<String> lines = page.source().lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("//") && PASSTHROUGH.matcher(line).find()) {
                out.add(error(page, i + 1, "raw HTML passthrough is not allowed in pages",
                        "write it in AsciiDoc instead (tables, admonitions, images); ask a maintainer if the site needs a new feature"));
            }
        }
    }
}
