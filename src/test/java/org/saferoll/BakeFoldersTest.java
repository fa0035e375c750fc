package org.saferoll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jbake.properties is in the pull request: its folder settings must not make the bake read
 * templates or copy assets from anywhere but the project's own folders, which the symlink
 * check, the asset checks and the up-to-date digest cover; nor may a template reach past them
 * through Java.
 */
class BakeFoldersTest {
    @TempDir
    Path tmp;

    @Test
    void anAssetFolderOutsideTheProjectIsRefusedAndNothingOfItShips() throws Exception {
        TestProject p = TestProject.copy(tmp.resolve("project"));
        Path outside = tmp.resolve("outside");
        TestProject.copyTree(p.file("assets"), outside);
        Files.writeString(outside.resolve("css/stolen.css"), "/* not in the repository */\n");
        p.replace("jbake.properties", "asset.folder=assets", "asset.folder=" + outside.toAbsolutePath());

        Pipeline.Outcome outcome = p.build();

        assertFalse(outcome.published(), outcome.diagnostics()::toString);
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.file().equals("jbake.properties") && d.rule().equals("jbake-folders")),
                outcome.diagnostics()::toString);
        assertFalse(Files.exists(p.options().siteDir().resolve("css/stolen.css")));
    }

    @Test
    void aTemplateCannotBuildJavaObjectsToReadAFileOutsideTheProject() throws Exception {
        TestProject p = TestProject.copy(tmp.resolve("project"));
        Path outside = tmp.resolve("outside.txt");
        Files.writeString(outside, "not-in-the-repository");
        p.replace("templates/page.ftl", "<#import \"layout.ftl\" as l>",
                "<#assign make=\"freemarker.template.utility.ObjectConstructor\"?new()>"
                        + "<p>${make(\"java.util.Scanner\", make(\"java.io.File\", \"" + outside.toAbsolutePath() + "\")).next()}</p>"
                        + "<#import \"layout.ftl\" as l>");

        Pipeline.Outcome outcome = p.build();

        assertFalse(outcome.published(), "published with a file from outside the project");
        assertTrue(outcome.diagnostics().stream().anyMatch(d -> d.rule().equals("template") && d.file().equals("templates/page.ftl")),
                outcome.diagnostics()::toString);
    }
}
