package org.saferoll.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The GitHub Actions job summary: a Markdown table of every problem. GitHub shows at most ten
 * error annotations per step, and a fresh scaffold alone gives more, so the summary is where a
 * pull request shows them all.
 */
public final class StepSummary {
    private StepSummary() {
    }

    /** The summary as Markdown: a heading with the counts, then one table row per problem. */
    public static String markdown(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        StringBuilder md = new StringBuilder("### SafeRoll check: ")
                .append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings").append("\n\n");
        if (diagnostics.isEmpty()) {
            return md.append("Every page passes the safety schema.\n").toString();
        }
        md.append("| Where | Severity | Rule | Problem | Hint |\n| --- | --- | --- | --- | --- |\n");
        for (Diagnostic d : diagnostics) {
            String where = d.line() > 0 ? d.file() + ":" + d.line() : d.file();
            md.append("| `").append(where.replace("`", "'")).append("` | ").append(d.severity().word())
                    .append(" | `").append(d.rule()).append("` | ").append(cell(d.message()))
                    .append(" | ").append(cell(d.hint())).append(" |\n");
        }
        return md.toString();
    }

    /** Appends the summary to {@code file}, as GitHub expects: several steps may write to it. */
    public static void append(List<Diagnostic> diagnostics, Path file) throws IOException {
        Files.writeString(file, markdown(diagnostics) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Table cells may hold no pipe and no line break; HTML in a message must show as text. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
