package org.saferoll.validate.rules;

import org.saferoll.util.ProjectPaths;
import org.saferoll.load.Page;
import org.saferoll.load.SiteUrls;
import org.saferoll.report.Diagnostic;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every {@code xref:} and {@code <<…>>} points at an existing page and, if given, an existing section. */
public final class BrokenXrefRule implements Rule {
    private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]+)\\[|<<([^,>\\s]+)(?:,[^>]*)?>>");

    @Override
    public String id() {
        return "broken-xref";
    }

    @Override
    public String summary() {
        return "Every xref: names an existing page (path relative to the page, ending in .adoc) and, after #, an existing section id.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        Map<String, Page> byPath = context.byPath();
        java.util.function.Predicate<String> unreadable = context::unreadable;
        Path folder = Path.of(page.path()).getParent();
        List<String> lines = page.source().lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("//")) {
                continue;
            }
            Matcher m = XREF.matcher(lines.get(i));
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                check(page, folder, target, byPath, unreadable, i + 1, out);
            }
        }
    }

    private void check(Page page, Path folder, String target, Map<String, Page> byPath,
                       java.util.function.Predicate<String> unreadable, int line, List<Diagnostic> out) {
        int hash = target.indexOf('#');
        String file = hash >= 0 ? target.substring(0, hash) : target;
        String anchor = hash >= 0 ? target.substring(hash + 1) : "";
        Page linked = page;
        if (file.endsWith(".adoc")) {
            String path = ProjectPaths.slashed(folder.resolve(file).normalize());
            linked = byPath.get(path);
            if (linked == null && SiteUrls.generatedSources().contains(path) && anchor.isEmpty() || unreadable.test(path)) {
                return; // a generated page, or a file already reported once by [input]
            }
            if (linked == null) {
                out.add(error(page, line, "the link " + target + " points at " + path + ", which does not exist",
                        "write the path from this page's folder, e.g. xref:../precautions/listen-to-your-body.adoc[...]"));
                return;
            }
        } else if (hash < 0) {
            anchor = file; // <<section-id>> within this page
        } else if (!file.isEmpty()) {
            out.add(error(page, line, "the link " + target + " does not name an .adoc page",
                    "end the page path with .adoc, e.g. xref:lat-roll.adoc[Lat roll]"));
            return;
        }
        if (!anchor.isEmpty() && !linked.anchors().contains(anchor)) {
            out.add(error(page, line, "the link " + target + " names a section '" + anchor + "' that "
                            + (linked == page ? "this page" : linked.path()) + " does not have",
                    "section ids are the title in lowercase with hyphens, e.g. #how-to-do-it"));
        }
    }
}
