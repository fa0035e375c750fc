package org.saferoll.scaffold;

import org.saferoll.util.ProjectPaths;
import org.saferoll.load.PageType;
import org.saferoll.validate.TitleCase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a page from the template of its type ({@code templates/new/<type>.adoc}), with every
 * required attribute present and TODO markers that the validator reports until they are filled.
 */
public final class Scaffold {

    /** What happened: the file written, or why nothing was. */
    public record Result(boolean ok, String message, Path file) {
    }

    private Scaffold() {
    }

    public static Result create(Path projectDir, String typeId, String id) throws IOException {
        var type = PageType.fromId(typeId);
        if (type.isEmpty()) {
            return new Result(false, "unknown page type '" + typeId + "'; use " + PageType.known(), null);
        }
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return new Result(false, "'" + id + "' is not a valid id: use lowercase words joined by hyphens, e.g. evening-wind-down", null);
        }
        Path file = projectDir.resolve("content").resolve(type.get().folder()).resolve(id + ".adoc");
        if (Files.exists(file)) {
            return new Result(false, projectDir.relativize(file) + " already exists; choose another id or edit that page", null);
        }
        String template = template(projectDir, typeId);
        String title = TitleCase.fromId(id);
        Files.createDirectories(file.getParent());
        Files.writeString(file, template.replace("{title}", title).replace("{id}", id));
        return new Result(true, "Created " + ProjectPaths.relative(projectDir, file)
                + ". Fill in every TODO, then run the check: ./saferoll check", file);
    }

    private static String template(Path projectDir, String typeId) throws IOException {
        Path template = projectDir.resolve("templates/new/" + typeId + ".adoc");
        if (!Files.isRegularFile(template)) {
            throw new IOException("the page template templates/new/" + typeId + ".adoc is missing");
        }
        return Files.readString(template);
    }
}
