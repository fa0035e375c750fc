package org.saferoll.bake;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a file of the previous build into the staging folder without writing its bytes again. */
final class Reuse {
    private Reuse() {
    }

    /**
     * Links {@code previous} at {@code staged} (a copy where links are not supported). Leaves a file
     * already at {@code staged} alone: something else claimed that address, and the bake reports it.
     */
    static void link(Path staged, Path previous) throws IOException {
        Files.createDirectories(staged.getParent());
        try {
            Files.createLink(staged, previous);
        } catch (FileAlreadyExistsException e) {
            // an asset or generated file took the address; the clash is reported, never written through
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (!Files.exists(staged)) {
                Files.copy(previous, staged, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /**
     * Replaces {@code staged} by a link to {@code previous} when both hold the same bytes, so the
     * zip can copy its entry instead of compressing it again.
     */
    static void keepPrevious(Path staged, Path previous) throws IOException {
        if (Files.isRegularFile(previous) && Files.isRegularFile(staged) && Files.mismatch(staged, previous) == -1) {
            Files.delete(staged);
            link(staged, previous);
        }
    }
}
