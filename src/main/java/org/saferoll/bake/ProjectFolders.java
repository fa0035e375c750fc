package org.saferoll.bake;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.saferoll.report.Diagnostic;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps JBake on the project's own content/, templates/ and assets/. jbake.properties comes with a
 * pull request: a folder setting elsewhere would have the bake copy files from outside the
 * repository, past the symlink and asset checks and the up-to-date digest, which all look at
 * these three folders only.
 */
final class ProjectFolders {
    private ProjectFolders() {
    }

    /** Sets the three folders back to the project's own, with an error for each setting that pointed elsewhere. */
    static List<Diagnostic> pin(DefaultJBakeConfiguration config, Path projectDir) {
        List<Diagnostic> out = new ArrayList<>();
        pin(out, projectDir, "content.folder", "content", config::getContentFolder, config::setContentFolder);
        pin(out, projectDir, "template.folder", "templates", config::getTemplateFolder, config::setTemplateFolder);
        pin(out, projectDir, "asset.folder", "assets", config::getAssetFolder, config::setAssetFolder);
        return out;
    }

    private static void pin(List<Diagnostic> out, Path projectDir, String key, String folder, Supplier<File> get, Consumer<File> set) {
        Path own = projectDir.resolve(folder).toAbsolutePath().normalize();
        if (!get.get().toPath().toAbsolutePath().normalize().equals(own)) {
            out.add(Diagnostic.error("jbake.properties", lineOf(projectDir.resolve("jbake.properties"), key), "jbake-folders",
                    key + " must be " + folder + ": the build reads only the project's own folders",
                    "set " + key + "=" + folder + " and keep the files in " + folder + "/"));
        }
        set.accept(own.toFile());
    }

    private static int lineOf(Path properties, String key) {
        try {
            List<String> lines = Files.readAllLines(properties);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key)) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the line is only a pointer; the error stands without it
        }
        return 0;
    }
}
