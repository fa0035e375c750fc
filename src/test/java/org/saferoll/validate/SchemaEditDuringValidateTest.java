package org.saferoll.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.TestProject;
import org.saferoll.load.ContentLoader;
import org.saferoll.load.Site;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.rules.Rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A schema saved while a warm build runs (the preview rebuilds on every save): the results of
 * that build were made with the schema it loaded, so they must be filed under that schema, not
 * under the one on disk when validate finished; else the next build, with the new schema, reuses
 * results the new schema never gave.
 */
class SchemaEditDuringValidateTest {
    @TempDir
    Path tmp;

    @Test
    void resultsAreKeptUnderTheSchemaTheyWereMadeWith() throws IOException {
        TestProject project = TestProject.copy(tmp);
        Site site = new ContentLoader(TestProject.parser(), 1, false).run(ContentLoader.Request.toCheck(project.dir()));
        Path schemaDir = project.dir().resolve("schema");
        ValidationCache cache = new ValidationCache();

        SafetySchema before = SafetySchema.load(schemaDir);
        project.replace("schema/rules.json", "\"requiredPrecautions\": [\"listen-to-your-body\",",
                "\"requiredPrecautions\": [\"stop-if-numb\", \"listen-to-your-body\",");
        new Validator(before, Rules.all(), TestProject.TODAY).reusing(cache).run(new Validator.Request(site, false));

        SafetySchema after = SafetySchema.load(schemaDir);
        List<String> warm = headlines(new Validator(after, Rules.all(), TestProject.TODAY).reusing(cache)
                .run(new Validator.Request(site, false)).diagnostics());
        List<String> fresh = headlines(new Validator(after, Rules.all(), TestProject.TODAY)
                .run(new Validator.Request(site, false)).diagnostics());

        assertTrue(fresh.stream().anyMatch(h -> h.contains("stop-if-numb")), fresh::toString);
        assertEquals(fresh, warm);
    }

    private static List<String> headlines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::headline).toList();
    }
}
