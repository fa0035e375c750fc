package org.saferoll.load;

import org.saferoll.TestProject;
import org.saferoll.util.Hashing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Pages made from a string, in memory, as the load stage would make them from a file. */
public final class PagesFromText {
    private PagesFromText() {
    }

    /**
     * @param path the page's path in a project, such as {@code content/techniques/x.adoc}
     * @param text the page's AsciiDoc
     */
    public static Page of(String path, String text) {
        Path underContent = Path.of("content").relativize(Path.of(path));
        PageReader.Loaded loaded = new PageReader(TestProject.parser(), null)
                .read(path, text, Hashing.sha256(text.getBytes(StandardCharsets.UTF_8)), underContent, true);
        if (loaded.page() == null) {
            throw new IllegalArgumentException(path + " is not a page: " + loaded.problems());
        }
        return loaded.page();
    }
}
