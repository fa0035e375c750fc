package org.saferoll.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one list of addresses agrees with what the project really holds. */
class SiteUrlsTest {

    /** A folder the 404 script did not know would be taken for the sub-path the site is served under. */
    @Test
    void theNotFoundScriptKnowsEveryFolderAtTheSiteRoot() throws IOException {
        Pattern own = Pattern.compile(SiteUrls.rootFoldersPattern());
        List<String> folders;
        try (Stream<Path> list = Files.list(Path.of("assets"))) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        }
        for (String folder : folders) {
            assertTrue(own.matcher(folder).matches(), () -> "assets/" + folder + " is not in SiteUrls.ASSET_FOLDERS");
        }
        PageType.sections().forEach(t -> assertTrue(own.matcher(t.folder()).matches(), t.folder()));
        assertTrue(own.matcher(SiteUrls.TAG_FOLDER).matches());
        assertTrue(!own.matcher("saferoll").matches(), "a sub-path is not a folder of the site");
    }

    @Test
    void generatedPagesAreNamedAsWritersLinkToThem() {
        assertTrue(SiteUrls.generatedSources().contains("content/safety-schema.adoc"));
        assertTrue(SiteUrls.generatedSources().contains("content/tags/index.adoc"));
        assertTrue(SiteUrls.generatedSources().contains("content/techniques/index.adoc"));
        assertEquals(2 + PageType.sections().size(), SiteUrls.generatedSources().size());
    }
}
