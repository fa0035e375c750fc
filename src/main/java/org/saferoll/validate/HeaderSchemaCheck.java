package org.saferoll.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import org.saferoll.load.Attribute;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.RuleSummary;
import org.saferoll.schema.SafetySchema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a page header against the JSON Schema of its type (rule {@code attribute}) and rejects
 * attribute names the schema does not know (rule {@code unknown-attribute}), suggesting the
 * closest known name for a typo.
 */
public final class HeaderSchemaCheck {
    static final String ATTRIBUTE = "attribute";
    static final String UNKNOWN = "unknown-attribute";
    private static final Set<String> BASICS = Set.of("jbake-type", "jbake-status");

    private final SafetySchema schema;

    public HeaderSchemaCheck(SafetySchema schema) {
        this.schema = schema;
        // A JsonSchema builds its validators on first use; built here, before pages are checked on several threads.
        for (PageType type : PageType.values()) {
            schema.validator(type).initializeValidators();
        }
    }

    /** What the two checks demand, for the safety-schema page. */
    static List<RuleSummary> summaries(SafetySchema schema) {
        return List.of(new RuleSummary(ATTRIBUTE, "Every required attribute is present and its value is well-formed "
                        + "and from its vocabulary (the JSON Schemas above)."),
                new RuleSummary(UNKNOWN, "No attribute the schema does not know; AsciiDoc's own ("
                        + String.join(", ", schema.asciidocAttributes().stream().limit(6).toList()) + ", ...) stay allowed."));
    }

    public void check(Page page, PageType type, List<Diagnostic> out) {
        checkNames(page, type, out);
        ObjectNode json = toJson(page, type);
        for (ValidationMessage message : schema.validator(type).validate(json)) {
            toDiagnostic(page, type, json, message).ifPresent(out::add);
        }
    }

    private void checkNames(Page page, PageType type, List<Diagnostic> out) {
        Set<String> known = schema.properties(type);
        Set<String> builtIn = schema.asciidocAttributes();
        for (Attribute a : page.header().attributes().values()) {
            if (known.contains(a.name()) || builtIn.contains(a.name())) {
                continue;
            }
            String closest = Suggest.closest(a.name(), known).orElse(null);
            String hint = closest != null
                    ? "did you mean :" + closest + ":?"
                    : "a " + type.id() + " page may use: " + String.join(", ", known.stream().map(n -> ":" + n + ":").toList());
            out.add(Diagnostic.error(page.path(), a.line(), UNKNOWN,
                    "unknown attribute :" + a.name() + ": on a " + type.id() + " page", hint));
        }
    }

    /** The header as the JSON object the schema describes: lists split on commas, numbers as numbers. */
    ObjectNode toJson(Page page, PageType type) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        Set<String> known = schema.properties(type);
        for (Attribute a : page.header().attributes().values()) {
            if (!known.contains(a.name())) {
                continue;
            }
            switch (schema.declaredType(type, a.name())) {
                case "array" -> {
                    ArrayNode items = json.putArray(a.name());
                    a.items().forEach(items::add);
                }
                case "integer" -> {
                    if (a.value().matches("-?\\d{1,9}")) {
                        json.put(a.name(), Integer.parseInt(a.value()));
                    } else {
                        json.put(a.name(), a.value());
                    }
                }
                default -> json.put(a.name(), a.value());
            }
        }
        return json;
    }

    private Optional<Diagnostic> toDiagnostic(Page page, PageType type, JsonNode json, ValidationMessage m) {
        String keyword = m.getType();
        if ("if".equals(keyword) || "then".equals(keyword)) {
            return Optional.empty(); // the failing keyword inside "then" is reported on its own
        }
        String property = "required".equals(keyword) ? m.getProperty() : propertyOf(m);
        if (property == null || BASICS.contains(property)) {
            return Optional.empty(); // title, type and status have their own checks
        }
        int line = page.header().line(property);
        String attr = ":" + property + ":";
        JsonNode value = m.getInstanceNode();
        String shown = value == null ? "" : value.isTextual() ? value.asText() : value.toString();
        String message;
        String hint;
        switch (keyword) {
            case "required" -> {
                message = "the " + type.id() + " has no " + attr + " attribute";
                hint = "add a line " + attr + " " + example(type, property) + " to the header";
            }
            case "enum" -> {
                List<String> allowed = schema.vocabularyOf(type, property).map(schema::vocabulary).orElse(List.of());
                message = attr + " has '" + shown + "', which is not one of the allowed values";
                String near = Suggest.closest(shown, allowed).map(s -> "did you mean " + s + "? ").orElse("");
                hint = near + "use one of: " + String.join(", ", allowed);
            }
            case "type" -> {
                boolean seconds = "seconds".equals(refName(type, property));
                message = attr + " must be a whole number" + (seconds ? " of seconds" : "") + ", not '" + shown + "'";
                hint = "write digits only, for example " + attr + " " + example(type, property);
            }
            case "minimum", "maximum" -> {
                message = attr + " is " + shown + ", outside the allowed range";
                hint = "use a value " + range(schema.propertySchema(type, property), "minimum", "maximum");
            }
            case "minItems" -> {
                int count = value == null ? 0 : value.size();
                message = attr + (count == 0 ? " is empty" : " lists only " + count) + " but this page needs at least "
                        + m.getArguments()[0];
                hint = "list the ids, separated by commas, for example " + attr + " " + example(type, property);
            }
            case "minLength", "maxLength" -> {
                message = attr + " is " + ("minLength".equals(keyword) ? "too short" : "too long")
                        + " (" + shown.length() + " characters)";
                hint = ("sentence".equals(refName(type, property)) ? "write one plain sentence " : "write a value ")
                        + range(schema.propertySchema(type, property), "minLength", "maxLength") + " characters";
            }
            case "pattern" -> {
                boolean date = "date".equals(refName(type, property));
                message = attr + " has '" + shown + "', which is not " + (date ? "a date like 2026-10-01" : "a page id");
                hint = date ? "write the date as YYYY-MM-DD" : "use the file name of the page without .adoc, in lowercase with hyphens";
            }
            case "uniqueItems" -> {
                message = attr + " lists the same value twice";
                hint = "list each value once";
            }
            default -> {
                message = attr + ": " + m.getMessage();
                hint = "see the safety schema page for what " + attr + " accepts";
            }
        }
        return Optional.of(Diagnostic.error(page.path(), line, ATTRIBUTE, message, hint));
    }

    /** "from 5 to 600", "of at least 3" or "of at most 9", as the property's schema states its limits. */
    private static String range(JsonNode property, String low, String high) {
        if (property.has(low) && property.has(high)) {
            return "from " + property.get(low).asText() + " to " + property.get(high).asText();
        }
        return property.has(low) ? "of at least " + property.get(low).asText() : "of at most " + property.get(high).asText();
    }

    private String refName(PageType type, String property) {
        JsonNode node = schema.typeSchema(type).path("properties").path(property);
        String ref = node.path("items").path("$ref").asText(node.path("$ref").asText(""));
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private String example(PageType type, String property) {
        return switch (property) {
            case "description" -> "One sentence that says what the page is for.";
            case "reviewed-by" -> "Name Surname, credential";
            case "reviewed-on", "checked-on" -> "2026-11-25";
            case "checked-by" -> "SafeRoll editorial team";
            case "sources" -> "back-rolling-article";
            case "seconds-min" -> "30";
            case "seconds-max" -> "120";
            case "nav-order" -> "10";
            case "precautions" -> "listen-to-your-body, consult-a-professional";
            case "equipment" -> "foam-roller";
            default -> schema.vocabularyOf(type, property).map(v -> schema.vocabulary(v).get(0)).orElse("...");
        };
    }

    private static String propertyOf(ValidationMessage m) {
        var path = m.getInstanceLocation();
        return path == null || path.getNameCount() == 0 ? null : path.getName(0);
    }
}
