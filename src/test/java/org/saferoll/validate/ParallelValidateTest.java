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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validate checks pages on several threads; what it reports must not depend on how many. The
 * shipped pages with every rule fixture's pages laid over them break most rules at once.
 */
class ParallelValidateTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    @Test
    void manyThreadsReportExactlyWhatOneThreadReports() throws IOException {
        TestProject project = TestProject.copy(tmp);
        try (Stream<Path> fixtures = Files.list(FIXTURES)) {
            for (Path fixture : fixtures.sorted().toList()) {
                TestProject.copyTree(fixture.resolve("content"), project.dir().resolve("content"));
            }
        }
        Site site = new ContentLoader(TestProject.parser(), 2, false).run(ContentLoader.Request.toCheck(project.dir()));
        SafetySchema schema = SafetySchema.load(project.dir().resolve("schema"));

        List<String> one = headlines(new Validator(schema, Rules.all(), TestProject.TODAY, 1).run(new Validator.Request(site, false)).diagnostics());
        List<String> four = headlines(new Validator(schema, Rules.all(), TestProject.TODAY, 4).run(new Validator.Request(site, false)).diagnostics());

        assertTrue(one.size() > 20, "the fixtures break many rules: " + one.size() + " problems");
        assertEquals(one, four);
    }

    private static List<String> headlines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::headline).toList();
    }
}
