package org.saferoll.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.TestProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A warm loader (the daemon's, the preview's) parses again, for a check as for a build, only the
 * pages whose bytes changed; the checks before kept nothing, so every check after an edit read
 * every page again. A check never gets a page kept for a build, whose conversion may add problems
 * a check does not report.
 */
class WarmCheckLoadTest {
    @TempDir
    Path tmp;

    @Test
    void aWarmCheckParsesOnlyTheEditedPage() throws IOException {
        TestProject project = TestProject.copy(tmp);
        ContentLoader loader = new ContentLoader(TestProject.parser(), 2, true);
        Map<String, Page> first = byPath(loader.run(ContentLoader.Request.toCheck(project.dir())));
        Path edited = project.dir().resolve("content/techniques/lat-roll.adoc");
        Files.writeString(edited, Files.readString(edited) + "\nOne more sentence for this test.\n");

        Map<String, Page> second = byPath(loader.run(ContentLoader.Request.toCheck(project.dir())));

        assertTrue(first.size() > 20, "the shipped pages: " + first.size());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, page) -> {
            if (path.endsWith("lat-roll.adoc")) {
                assertNotSame(page, second.get(path), "the edited page is parsed again");
            } else {
                assertSame(page, second.get(path), path + " did not change, yet it was parsed again");
            }
        });
    }

    @Test
    void aCheckNeverGetsAPageKeptForABuild() throws IOException {
        TestProject project = TestProject.copy(tmp);
        ContentLoader loader = new ContentLoader(TestProject.parser(), 2, true);
        loader.run(ContentLoader.Request.toBake(project.dir()));

        Site checked = loader.run(ContentLoader.Request.toCheck(project.dir()));

        checked.pages().forEach(p -> assertEquals("", p.html(), p.path() + " came from the build's pages"));
    }

    private static Map<String, Page> byPath(Site site) {
        return site.pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));
    }
}
