package org.saferoll.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPrinterTest {
    private final Diagnostic d = Diagnostic.error("content/routines/a, b.adoc", 12, "step-time",
            "step 'x' spends 180 s: too long", "set seconds between 30 and 60");

    @Test
    void plainFormatIsPathLineSeverityRuleMessageThenHint() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false).print(List.of(d));
        assertEquals("content/routines/a, b.adoc:12: error [step-time] step 'x' spends 180 s: too long\n"
                + "    hint: set seconds between 30 and 60\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void githubAnnotationEscapesPropertiesAndData() {
        assertEquals("::error file=content/routines/a%2C b.adoc,line=12,title=step-time::"
                        + "step 'x' spends 180 s: too long%0AHint: set seconds between 30 and 60",
                ReportPrinter.annotation(d));
    }

    @Test
    void jsonReportCountsAndListsDiagnostics() {
        String json = JsonReport.toJson(List.of(d, Diagnostic.warning("f.adoc", 3, "review-due", "soon", "plan")));
        assertTrue(json.contains("\"errors\" : 1"), json);
        assertTrue(json.contains("\"warnings\" : 1"), json);
        assertTrue(json.contains("\"line\" : 12"), json);
        assertTrue(json.contains("\"rule\" : \"review-due\""), json);
    }
}
