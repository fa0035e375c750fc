package org.saferoll.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.saferoll.report.Diagnostic;

import java.util.List;

/** Freemarker's exceptions, said as a writer's diagnostics. */
final class TemplateProblems {
    private TemplateProblems() {
    }

    /**
     * A template error as {@code templates/x.ftl:line} with the expression that failed (Freemarker
     * puts it on a {@code ==>} line after the first), not a stack trace. A problem that is not the
     * template's has an empty file, which the baker fills with the page.
     */
    static Diagnostic of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateException te) {
                List<String> lines = te.getMessageWithoutStackTop().lines().toList();
                String first = lines.isEmpty() ? "template error" : lines.get(0).replaceAll(":$", "");
                String expression = lines.stream().filter(l -> l.startsWith("==>")).findFirst()
                        .map(l -> ": " + l.substring(3).replaceAll("\\s*\\[in template.*$", "").trim()).orElse("");
                return Diagnostic.error("templates/" + te.getTemplateSourceName(), lineOf(te.getLineNumber()), "template",
                        first + expression, "fix the template; a missing value can be guarded with ?? or ! in Freemarker");
            }
            if (t instanceof ParseException pe) {
                return Diagnostic.error("templates/" + pe.getTemplateName(), pe.getLineNumber(), "template",
                        pe.getEditorMessage(), "fix the Freemarker syntax on that line");
            }
        }
        return Diagnostic.error("", 0, "bake", "could not bake this page: " + e.getMessage(),
                "run again with --debug and report the problem");
    }

    private static int lineOf(Integer line) {
        return line == null ? 0 : line;
    }
}
