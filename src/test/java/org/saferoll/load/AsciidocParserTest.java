package org.saferoll.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parser on its own, below every rule: whatever a page asks for, Asciidoctor runs in SECURE
 * mode, so the HTML never carries a file from the build machine or its environment. (The include
 * rule refuses such pages earlier; this holds even if it did not.)
 */
class AsciidocParserTest {
    private static final AsciidocParser PARSER = org.saferoll.TestProject.parser();

    @TempDir
    static Path tmp;

    @Test
    void includeOfAFileOutsideThePageIsNeverRead() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-42");
        String html = PARSER.parse("= Page\n\ninclude::" + secret.toAbsolutePath() + "[]\n\n"
                + "include::" + secret.getFileName() + "[]\n", true).html();
        assertFalse(html.contains("TOP-SECRET-42"), html);
        assertTrue(html.contains("secret.txt"), "the include shows as a link, not as the file: " + html);
    }

    @Test
    void theBuildMachineIsNotDescribed() {
        String html = PARSER.parse("= Page\n\nHome {user-home}, dir {docdir}, file {docfile}.\n", true).html();
        assertFalse(html.contains(System.getProperty("user.home")), html);
        assertFalse(html.contains(Path.of("").toAbsolutePath().toString()), html);
    }
}
