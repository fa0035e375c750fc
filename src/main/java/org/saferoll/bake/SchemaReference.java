package org.saferoll.bake;

import com.fasterxml.jackson.databind.JsonNode;
import org.saferoll.load.PageType;
import org.saferoll.schema.ProseVocabulary;
import org.saferoll.schema.RuleSummary;
import org.saferoll.schema.SafetySchema;
import org.saferoll.schema.Spoken;

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

    static Map<String, Object> model(SafetySchema schema, List<RuleSummary> rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> common = commonAttributes(schema);
        m.put("common", common.stream().map(name -> attribute(schema, PageType.values()[0], name)).toList());
        List<Map<String, Object>> types = new ArrayList<>();
        for (PageType type : PageType.values()) {
            JsonNode node = schema.typeSchema(type);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", type.id());
            t.put("title", node.path("title").asText());
            t.put("description", node.path("description").asText());
            t.put("attributes", schema.properties(type).stream().filter(name -> !common.contains(name))
                    .map(name -> attribute(schema, type, name)).toList());
            types.add(t);
        }
        m.put("types", types);
        List<Map<String, Object>> ruleList = new ArrayList<>();
        for (RuleSummary r : rules) {
            ruleList.add(rule(r.id(), r.summary()));
        }
        m.put("rules", ruleList);
        List<Map<String, Object>> windows = new ArrayList<>();
        schema.rulesNode().path("secondsPerArea").fields().forEachRemaining(e -> {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("context", e.getKey());
            w.put("min", e.getValue().path("min").asInt());
            w.put("max", e.getValue().path("max").asInt());
            w.put("basis", e.getValue().path("basis").asText());
            windows.add(w);
        });
        m.put("windows", windows);
        m.put("pressing", Spoken.list(schema.list("noRollZone", "pressureMethods"), "and"));
        m.put("holdmin", schema.number("hold", "min"));
        m.put("holdmax", schema.number("hold", "max"));
        m.put("holdbasis", schema.text("hold", "basis"));
        m.put("rangebasis", schema.text("techniqueRangeBasis"));
        m.put("noroll", String.join(", ", schema.list("noRollZone", "regions")));
        m.put("required", String.join(", ", schema.list("requiredPrecautions")));
        m.put("prose", prose(ProseVocabulary.from(schema)));
        m.put("html", html(org.saferoll.verify.HtmlAllowlist.of(schema.htmlAllowlistNode())));
        return m;
    }

    /** The word lists of the prose check, each under the heading a writer would look for. */
    private static Map<String, Object> prose(ProseVocabulary v) {
        Map<String, Object> p = new LinkedHashMap<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        v.targets().forEach((region, words) -> targets.add(Map.of("region", region, "words", String.join(", ", words))));
        p.put("targets", targets);
        List<Map<String, Object>> lists = new ArrayList<>();
        for (String[] entry : new String[][]{
                {"pressure.directActions", "Actions that press on what they name"},
                {"pressure.placingActions", "Actions that press when a tool is named"},
                {"pressure.tools", "Tools"},
                {"pressure.placements", "Where a tool is placed"},
                {"overrides.actions", "Carrying on"},
                {"overrides.signals", "Stop signs"},
                {"overrides.sayings", "Sayings that make pain the goal"},
                {"speed.words", "Speed and force"},
                {"speed.strongWords", "Speed and force, wrong on their own"},
                {"negations.before", "Negations before an action"},
                {"negations.target", "Negations before a target"},
                {"negations.limits", "Boundaries right before a target"},
                {"negations.warnings", "Words that make a sentence a warning"},
                {"negations.rejections", "Words that reject a saying"}}) {
            lists.add(Map.of("title", entry[1], "words", String.join(", ", v.list(entry[0]))));
        }
        p.put("lists", lists);
        return p;
    }

    /** Attributes every page type declares alike: listed once, so the page does not repeat them five times. */
    private static List<String> commonAttributes(SafetySchema schema) {
        PageType first = PageType.values()[0];
        return schema.properties(first).stream().filter(name -> java.util.Arrays.stream(PageType.values()).allMatch(type ->
                schema.typeSchema(type).path("properties").path(name).equals(schema.typeSchema(first).path("properties").path(name))
                        && required(schema, type).contains(name) == required(schema, first).contains(name))).toList();
    }

    private static List<String> required(SafetySchema schema, PageType type) {
        return SafetySchema.strings(schema.typeSchema(type).path("required"));
    }

    private static Map<String, Object> attribute(SafetySchema schema, PageType type, String name) {
        JsonNode p = schema.typeSchema(type).path("properties").path(name);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("required", required(schema, type).contains(name));
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
        return a;
    }

    private static Map<String, Object> rule(String id, String summary) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("summary", summary);
        return r;
    }

    /** The HTML allowlist as the verify stage reads it: what a page's text may become. */
    private static Map<String, Object> html(org.saferoll.verify.HtmlAllowlist allowlist) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> elements = new ArrayList<>();
        allowlist.contentAttributes().forEach((tag, attributes) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("tag", tag);
            e.put("attributes", String.join(", ", attributes));
            elements.add(e);
        });
        m.put("elements", elements);
        m.put("every", String.join(", ", allowlist.everyElementAttributes()));
        m.put("schemes", String.join(", ", allowlist.schemes().stream().map(s -> s + ":").toList()));
        return m;
    }
}
