package org.saferoll.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.load.Site;
import org.saferoll.report.Diagnostic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A baked page that carries Freemarker's error text is never published, whichever way the error got into it. */
class TemplateErrorTextTest {
    @TempDir
    Path site;

    private List<Diagnostic> verify(String body) throws Exception {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>");
        return new Verifier(1).run(new Verifier.Request(site, new Site(site, List.of(), List.of()))).problems();
    }

    @Test
    void errorTextInTheShippedPageFailsVerify() throws Exception {
        List<Diagnostic> problems = verify("<p>FreeMarker template error (HTML_DEBUG mode; use RETHROW in production!)</p>"
                + "<pre>Tip: If the failing expression is known to be legally refer to something that's sometimes null</pre>");
        assertEquals(List.of("template-error"), problems.stream().map(Diagnostic::rule).toList(), problems.toString());
        assertTrue(problems.get(0).message().contains("FreeMarker template error"), problems.toString());
    }

    @Test
    void errorTextInACommentStillFails() throws Exception {
        // A comment is not shown, but it ships: the check reads the file's bytes, not what a browser displays.
        List<Diagnostic> problems = verify("<!-- freemarker.core.InvalidReferenceException --><p>fine</p>");
        assertEquals(List.of("template-error"), problems.stream().map(Diagnostic::rule).toList(), problems.toString());
    }

    @Test
    void aPageWithoutErrorTextPasses() throws Exception {
        assertEquals(List.of(), verify("<p>Roll slowly: about one inch per second.</p>"));
    }
}
