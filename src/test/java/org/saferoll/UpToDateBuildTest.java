package org.saferoll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A warm pipeline says "up to date" instead of building when nothing it read changed and the site
 * and zip are as its last publish left them. Any other state must build, and leave the site and
 * zip byte-identical to a clean build's.
 */
class UpToDateBuildTest {
    @TempDir
    Path tmp;

    @Test
    void nothingChangedIsUpToDateAndReportsWhatTheBuildReported() throws IOException {
        TestProject p = TestProject.copy(tmp);
        p.replace("content/techniques/lat-roll.adoc", "= Lat Roll", "= Lat roll"); // a title-case warning to report again
        Pipeline warm = TestProject.reusingPipeline();
        Pipeline.Outcome built = warm.build(p.options());
        assertTrue(built.published() && !built.upToDate(), built.diagnostics()::toString);
        String site = TestProject.treeDigest(p.options().siteDir());

        Pipeline.Outcome again = warm.build(p.options());

        assertTrue(again.published() && again.upToDate(), "nothing changed: up to date");
        assertEquals(built.pages(), again.pages());
        assertEquals(built.diagnostics(), again.diagnostics());
        assertTrue(again.diagnostics().stream().anyMatch(d -> d.rule().equals("title-case")), again.diagnostics()::toString);
        assertEquals(java.util.List.of("unchanged"), java.util.List.copyOf(again.stages().keySet()), "no stage ran");
        assertEquals(site, TestProject.treeDigest(p.options().siteDir()));
    }

    @Test
    void aPublishedFileAlteredDeletedOrAddedRebuildsTheSiteAsACleanBuildMakesIt() throws IOException {
        TestProject p = TestProject.copy(tmp);
        Pipeline warm = TestProject.reusingPipeline();
        BuildOptions options = p.options();
        warm.build(options);
        Path site = options.siteDir();

        Files.writeString(site.resolve("index.html"), "<p>changed by hand</p>");
        assertRebuiltLikeClean(p, warm, options, "altered page");

        Files.delete(site.resolve("techniques/lat-roll.html"));
        assertRebuiltLikeClean(p, warm, options, "deleted page");

        Files.writeString(site.resolve("techniques/extra.html"), "<p>not built</p>");
        assertRebuiltLikeClean(p, warm, options, "added page");

        Files.createDirectories(site.resolve("extra-folder"));
        assertRebuiltLikeClean(p, warm, options, "added folder");
        assertFalse(Files.exists(site.resolve("extra-folder")), "the folder is gone");

        Files.write(options.zipFile(), new byte[] {1, 2, 3});
        assertRebuiltLikeClean(p, warm, options, "altered zip");
    }

    @Test
    void anEditedAssetOrANewDateRebuilds() throws IOException {
        TestProject p = TestProject.copy(tmp);
        Pipeline warm = TestProject.reusingPipeline();
        warm.build(p.options());

        p.write("assets/css/site.css", p.read("assets/css/site.css") + "\n/* edited */\n");
        assertRebuiltLikeClean(p, warm, p.options(), "edited asset");

        BuildOptions tomorrow = p.options().withToday(TestProject.TODAY.plusDays(1));
        Pipeline.Outcome outcome = warm.build(tomorrow);
        assertTrue(outcome.published() && !outcome.upToDate(), "a new date: the reviews are measured again");
    }

    /** The next warm build must build (not be up to date) and leave what a clean build of the project leaves. */
    private void assertRebuiltLikeClean(TestProject p, Pipeline warm, BuildOptions options, String what) throws IOException {
        Pipeline.Outcome outcome = warm.build(options);
        assertTrue(outcome.published(), what + ": " + outcome.diagnostics());
        assertFalse(outcome.upToDate(), what + ": must build, not call it up to date");
        BuildOptions clean = options.withOutputDir(tmp.resolve("clean-" + what.replace(' ', '-')));
        assertTrue(TestProject.pipeline().build(clean).published());
        assertEquals(TestProject.treeDigest(clean.siteDir()), TestProject.treeDigest(options.siteDir()), what + ": the site differs from a clean build's");
        assertArrayEquals(Files.readAllBytes(clean.zipFile()), Files.readAllBytes(options.zipFile()), what + ": the zip differs from a clean build's");
        assertTrue(warm.build(options).upToDate(), what + ": once rebuilt, up to date again");
    }
}
