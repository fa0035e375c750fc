package org.saferoll.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.TestProject;
import org.saferoll.schema.SafetySchema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A bake's fingerprints name the schema the build loaded, not the schema folder as it is when the
 * bake hashes it: the preview rebuilds on every save, and a schema saved between the build's load
 * and its bake must not be taken for the one its pages were made with.
 */
class FingerprintSchemaTest {
    @TempDir
    Path tmp;

    @Test
    void pagesAreFiledUnderTheSchemaTheBuildLoaded() throws IOException {
        TestProject project = TestProject.copy(tmp);
        Path schemaDir = project.dir().resolve("schema");
        Map<String, Object> model = Map.of("title", "Lat roll");
        BakeMemory memory = new BakeMemory();
        memory.startBake();

        SafetySchema loaded = SafetySchema.load(schemaDir);
        String before = Fingerprint.of(project.dir(), memory, loaded.digest()).of(model);
        project.replace("schema/rules.json", "\"requiredPrecautions\": [\"listen-to-your-body\",",
                "\"requiredPrecautions\": [\"stop-if-numb\", \"listen-to-your-body\",");
        String sameLoadSavedSince = Fingerprint.of(project.dir(), memory, loaded.digest()).of(model);
        String nextLoad = Fingerprint.of(project.dir(), memory, SafetySchema.load(schemaDir).digest()).of(model);

        assertEquals(before, sameLoadSavedSince, "a bake with the schema it loaded is filed under that schema");
        assertNotEquals(before, nextLoad, "the next build's schema gives other fingerprints, so its pages are made again");
    }
}
