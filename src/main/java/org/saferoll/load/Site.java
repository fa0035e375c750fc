package org.saferoll.load;

import org.saferoll.report.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the load stage read: the project folder, the pages that could be parsed and the
 * problems of the files that could not.
 *
 * @param projectDir the folder holding {@code content/}, {@code templates/}, {@code schema/}
 * @param pages      pages sorted by path
 * @param problems   files that are not readable AsciiDoc (binary, not UTF-8, empty, too large)
 */
public record Site(Path projectDir, List<Page> pages, List<Diagnostic> problems) {

    /** Pages by id; the first one wins when two share an id (the validator reports that). */
    public Map<String, Page> byId() {
        return pages.stream().collect(Collectors.toMap(Page::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public Optional<Page> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Published pages, the only ones readers see. */
    public List<Page> published() {
        return pages.stream().filter(Page::isPublished).toList();
    }

    public Path contentDir() {
        return projectDir.resolve("content");
    }

    public Path schemaDir() {
        return projectDir.resolve("schema");
    }
}
