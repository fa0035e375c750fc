package org.saferoll;

import org.junit.jupiter.api.Test;
import org.saferoll.load.PageType;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.Rule;
import org.saferoll.validate.rules.Rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CONTRIBUTING.md cannot drift from the schema: every attribute and every rule id is in it. */
class DocsTest {
    @Test
    void contributingDocumentsEveryAttributeAndRule() throws Exception {
        String guide = Files.readString(Path.of("CONTRIBUTING.md"));
        SafetySchema schema = SafetySchema.load(Path.of("schema"));
        List<String> missing = new ArrayList<>();
        for (PageType type : PageType.values()) {
            for (String attribute : schema.properties(type)) {
                if (!guide.contains("`:" + attribute + ":`")) {
                    missing.add(":" + attribute + ":");
                }
            }
        }
        List<String> ids = new ArrayList<>(List.of("title", "type", "status", "folder", "attribute", "unknown-attribute",
                "review-due", "input", "asciidoc"));
        Rules.all().stream().map(Rule::id).forEach(ids::add);
        for (String id : ids) {
            if (!guide.contains("| `" + id + "` |")) {
                missing.add("rule " + id);
            }
        }
        assertEquals(List.of(), missing, "missing from CONTRIBUTING.md");
    }

    @Test
    void writersWrapperAndMavenBuildUseTheSameJvmFlags() throws Exception {
        String wrapper = Files.readString(Path.of("saferoll"));
        String flags = wrapper.substring(wrapper.indexOf("JVM_FLAGS=\"") + 11, wrapper.indexOf('"', wrapper.indexOf("JVM_FLAGS=\"") + 11));
        String pom = Files.readString(Path.of("pom.xml"));
        for (String flag : flags.split(" ")) {
            assertEquals(true, pom.contains("<argument>" + flag + "</argument>"), flag + " missing from the pom's site build");
        }
    }
}
