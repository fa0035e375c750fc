package org.saferoll.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.Pipeline;
import org.saferoll.TestProject;
import org.saferoll.report.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numbers and lists of the safety schema live in {@code schema/} only: change them there and
 * both the validator and the generated safety-schema page follow, with no Java change.
 */
class SchemaIsOneSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void validatorFollowsRulesJson() throws IOException {
        TestProject project = TestProject.copy(tmp);
        edit(project.file("schema/rules.json"), rules -> {
            ((ObjectNode) rules.path("hold")).put("min", 26);
            ((ArrayNode) rules.path("noRollZone").path("pressureMethods")).add("movement");
            ((ArrayNode) rules.path("requiredPrecautions")).add("breathe-deeply");
        });
        List<Diagnostic> found = project.check().diagnostics();
        assertHas(found, "hold-time", "content/routines/desk-reset.adoc", "lasts 26 to 30 s");
        assertHas(found, "no-roll-zone", "content/techniques/cat-cow.adoc", "a movement technique may not target");
        assertHas(found, "required-precautions", "content/routines/desk-reset.adoc", "breathe-deeply");
    }

    @Test
    void validatorFollowsTheVocabularies() throws IOException {
        TestProject project = TestProject.copy(tmp);
        project.replace("content/techniques/lat-roll.adoc", ":level: beginner", ":level: expert");
        assertHas(project.check().diagnostics(), "attribute", "content/techniques/lat-roll.adoc", "'expert'");

        edit(project.file("schema/vocabulary.schema.json"),
                v -> ((ArrayNode) v.path("$defs").path("level").path("enum")).add("expert"));
        edit(project.file("schema/rules.json"), rules -> ((ArrayNode) rules.path("levels")).add("expert"));
        List<Diagnostic> found = project.check().diagnostics();
        assertFalse(found.stream().anyMatch(d -> d.rule().equals("attribute")), found::toString);
        assertHas(found, "level", "content/routines/", "an expert technique");
    }

    @Test
    void safetySchemaPageFollowsTheSchemaFiles() throws IOException {
        TestProject project = TestProject.copy(tmp);
        edit(project.file("schema/rules.json"), rules -> {
            ((ObjectNode) rules.path("hold")).put("min", 15).put("max", 35);
            ((ObjectNode) rules.path("review")).put("maxAgeYears", 4).put("warnDaysBeforeDue", 60);
            ((ObjectNode) rules.path("secondsPerArea").path("daily")).put("min", 20);
            ((ArrayNode) rules.path("levels")).add("expert");
        });
        edit(project.file("schema/vocabulary.schema.json"),
                v -> ((ArrayNode) v.path("$defs").path("level").path("enum")).add("expert"));
        Pipeline.Outcome outcome = project.build();
        assertTrue(outcome.published(), outcome.diagnostics()::toString);

        String page = Jsoup.parse(Files.readString(project.file("target/site/safety-schema.html"))).text();
        for (String expected : List.of("lasts 15 to 35 seconds", "not older than 4 years (a warning 60 days before)",
                "beginner < intermediate < advanced < expert", "beginner, intermediate, advanced, expert", "daily 20 to 120",
                "A step's hold (the pause on a tender spot) lasts 15 to 35 seconds")) {
            assertTrue(page.contains(expected), () -> "the safety-schema page should say: " + expected + "\n" + page);
        }
    }

    private static void edit(Path file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(root);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static void assertHas(List<Diagnostic> found, String rule, String file, String words) {
        assertTrue(found.stream().anyMatch(d -> d.rule().equals(rule) && d.file().startsWith(file)
                        && (d.message() + d.hint()).contains(words)),
                () -> "expected [" + rule + "] in " + file + " saying '" + words + "', got:\n"
                        + String.join("\n", found.stream().map(Diagnostic::headline).toList()));
    }
}
