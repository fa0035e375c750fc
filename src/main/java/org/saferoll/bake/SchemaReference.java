package org.saferoll.bake;

import com.fasterxml.jackson.databind.JsonNode;
import org.saferoll.load.PageType;
import org.saferoll.validate.Rule;
import org.saferoll.validate.SafetySchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of the "Safety schema" page, read from the very files and rules the validator
 * enforces, so the documentation cannot drift from the checks.
 */
final class SchemaReference {
    private SchemaReference() {
    }

    static Map<String, Object> model(SafetySchema schema, List<Rule> rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> types = new ArrayList<>();
        for (PageType type : PageType.values()) {
            JsonNode node = schema.typeSchema(type);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", type.id());
            t.put("title", node.path("title").asText());
            t.put("description", node.path("description").asText());
            List<String> required = SafetySchema.strings(node.path("required"));
            List<Map<String, Object>> attributes = new ArrayList<>();
            for (String name : schema.properties(type)) {
                JsonNode p = node.path("properties").path(name);
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", name);
                a.put("required", required.contains(name));
                String description = p.path("description").asText("");
                String vocabulary = schema.vocabularyOf(type, name).orElse("");
                if (description.isEmpty() && !vocabulary.isEmpty()) {
                    description = schema.vocabularyNode().path("$defs").path(vocabulary).path("description").asText();
                }
                a.put("description", description);
                a.put("allowed", vocabulary.isEmpty()
                        ? (p.has("const") ? p.get("const").asText() : "")
                        : String.join(", ", schema.vocabulary(vocabulary)));
                a.put("list", "array".equals(schema.declaredType(type, name)));
                attributes.add(a);
            }
            t.put("attributes", attributes);
            types.add(t);
        }
        m.put("types", types);
        List<Map<String, Object>> ruleList = new ArrayList<>();
        ruleList.add(rule("attribute", "Every required attribute is present and its value is well-formed and from its vocabulary (the JSON Schemas above)."));
        ruleList.add(rule("unknown-attribute", "No attribute the schema does not know; AsciiDoc's own (" + String.join(", ", schema.asciidocAttributes().stream().limit(6).toList()) + ", ...) stay allowed."));
        ruleList.add(rule("title, type, status, folder", "Every page has a title, a known :jbake-type:, :jbake-status: published or draft, and sits in its type's folder."));
        for (Rule r : rules) {
            ruleList.add(rule(r.id(), r.summary()));
        }
        m.put("rules", ruleList);
        List<Map<String, Object>> windows = new ArrayList<>();
        schema.rulesNode().path("secondsPerArea").fields().forEachRemaining(e -> {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("context", e.getKey());
            w.put("min", e.getValue().path("min").asInt());
            w.put("max", e.getValue().path("max").asInt());
            windows.add(w);
        });
        m.put("windows", windows);
        m.put("holdmin", schema.rulesNode().path("hold").path("min").asInt());
        m.put("holdmax", schema.rulesNode().path("hold").path("max").asInt());
        m.put("noroll", String.join(", ", SafetySchema.strings(schema.rulesNode().path("noRollZone").path("regions"))));
        m.put("required", String.join(", ", SafetySchema.strings(schema.rulesNode().path("requiredPrecautions"))));
        List<String> phrases = new ArrayList<>();
        schema.phrasesNode().path("phrases").forEach(p -> phrases.add(p.path("text").asText()));
        m.put("phrases", phrases);
        m.put("negations", String.join(", ", SafetySchema.strings(schema.phrasesNode().path("negations"))));
        return m;
    }

    private static Map<String, Object> rule(String id, String summary) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("summary", summary);
        return r;
    }
}
