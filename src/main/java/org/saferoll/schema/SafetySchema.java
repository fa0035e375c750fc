package org.saferoll.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.saferoll.load.PageType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The safety schema as the files in {@code schema/} state it: one JSON Schema per page type,
 * the shared vocabularies, the numbers of the Java rules ({@code rules.json}) and the word lists
 * of the prose check ({@code prose.json}), the HTML allowlist ({@code html-allowlist.json}) and
 * the registry of sources ({@code sources.json}).
 * Loaded once per build.
 *
 * <p>Long because it is the one reader of {@code schema/}: every file, and the typed accessors
 * that name the file and path of a missing value, live together so no rule reads JSON itself.
 */
public final class SafetySchema {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String digest;
    private final Map<PageType, JsonNode> typeSchemas = new EnumMap<>(PageType.class);
    private final Map<PageType, JsonSchema> validators = new EnumMap<>(PageType.class);
    private final JsonNode vocabulary;
    private final JsonNode rules;
    private final JsonNode prose;
    private final JsonNode htmlAllowlist;
    private final JsonNode sources;

    private SafetySchema(Path dir) throws IOException {
        this.dir = dir;
        // Taken before the files are read: a file saved meanwhile then gives the next load another digest.
        this.digest = org.saferoll.util.Hashing.tree(dir, List.of(dir));
        this.vocabulary = read("vocabulary.schema.json");
        this.rules = read("rules.json");
        this.prose = read("prose.json");
        this.htmlAllowlist = read("html-allowlist.json");
        this.sources = read("sources.json").path("sources");
        // $ref "vocabulary.schema.json#/..." resolves against each schema's file URI
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (PageType type : PageType.values()) {
            JsonNode node = read(type.id() + ".schema.json");
            typeSchemas.put(type, node);
            validators.put(type, factory.getSchema(dir.resolve(type.id() + ".schema.json").toUri(), node));
        }
    }

    /**
     * Reads the schema folder.
     *
     * @throws SchemaException when a file is missing or not valid JSON, naming the file and line
     */
    public static SafetySchema load(Path dir) {
        try {
            return new SafetySchema(dir);
        } catch (IOException e) {
            throw new SchemaException(e.getMessage(), e);
        }
    }

    private JsonNode read(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("schema/" + name + " is missing");
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IOException("schema/" + name + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    public Path dir() {
        return dir;
    }

    /** The digest of the schema folder as it was when this schema was read: what results made with it are filed under. */
    public String digest() {
        return digest;
    }

    public JsonSchema validator(PageType type) {
        return validators.get(type);
    }

    /** The raw JSON Schema of a page type, for the reference page. */
    public JsonNode typeSchema(PageType type) {
        return typeSchemas.get(type);
    }

    public JsonNode vocabularyNode() {
        return vocabulary;
    }

    public JsonNode rulesNode() {
        return rules;
    }

    /** The word lists of the prose check. */
    public JsonNode proseNode() {
        return prose;
    }

    /** A whole number that rules.json must state, e.g. {@code number("hold", "min")}. */
    public int number(String... path) {
        JsonNode node = at(rules, path);
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw missing(path, "a whole number");
        }
        return node.asInt();
    }

    /** A list of strings that rules.json must state, e.g. {@code list("noRollZone", "regions")}. */
    public List<String> list(String... path) {
        JsonNode node = at(rules, path);
        if (!node.isArray()) {
            throw missing(path, "a list");
        }
        return strings(node);
    }

    /** A text that rules.json must state. */
    public String text(String... path) {
        JsonNode node = at(rules, path);
        if (!node.isTextual()) {
            throw missing(path, "a text");
        }
        return node.asText();
    }

    private static JsonNode at(JsonNode root, String... path) {
        JsonNode node = root;
        for (String name : path) {
            node = node.path(name);
        }
        return node;
    }

    private static SchemaException missing(String[] path, String what) {
        return new SchemaException("schema/rules.json: " + String.join(".", path) + " must be " + what, null);
    }

    /** The elements, attributes and URL schemes a published page may contain. */
    public JsonNode htmlAllowlistNode() {
        return htmlAllowlist;
    }

    /** The registry of sources ({@code sources.json}): each source by its id. */
    public JsonNode sourcesNode() {
        return sources;
    }

    /** Attribute names a page of this type may carry. */
    public Set<String> properties(PageType type) {
        Set<String> names = new LinkedHashSet<>();
        typeSchemas.get(type).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Built-in AsciiDoc attributes every page may set, such as {@code toc}. */
    public Set<String> asciidocAttributes() {
        return new LinkedHashSet<>(strings(rules.path("asciidocAttributes")));
    }

    /** The values of the vocabulary {@code name}, e.g. {@code region}. */
    public List<String> vocabulary(String name) {
        return strings(vocabulary.path("$defs").path(name).path("enum"));
    }

    /** The vocabulary a property draws its values from, if any (following {@code $ref} and {@code items}). */
    public Optional<String> vocabularyOf(PageType type, String property) {
        JsonNode node = typeSchemas.get(type).path("properties").path(property);
        String ref = node.path("items").path("$ref").asText(node.path("$ref").asText(""));
        int at = ref.lastIndexOf("/$defs/");
        if (at < 0) {
            return Optional.empty();
        }
        String name = ref.substring(at + "/$defs/".length());
        return vocabulary.path("$defs").path(name).has("enum") ? Optional.of(name) : Optional.empty();
    }

    /**
     * A property's schema with its {@code $ref} followed: the vocabulary's keywords, overridden by
     * the property's own, so limits such as {@code minimum} are read where the schema states them.
     */
    public JsonNode propertySchema(PageType type, String property) {
        JsonNode own = typeSchemas.get(type).path("properties").path(property);
        ObjectNode merged = JSON.createObjectNode();
        String ref = own.path("$ref").asText("");
        int at = ref.lastIndexOf("/$defs/");
        if (at >= 0 && vocabulary.path("$defs").path(ref.substring(at + "/$defs/".length())).isObject()) {
            merged.setAll((ObjectNode) vocabulary.path("$defs").path(ref.substring(at + "/$defs/".length())));
        }
        if (own.isObject()) {
            merged.setAll((ObjectNode) own);
        }
        return merged;
    }

    /** The JSON type a property is declared with ({@code array}, {@code integer}, {@code string}). */
    public String declaredType(PageType type, String property) {
        JsonNode node = typeSchemas.get(type).path("properties").path(property);
        if (node.has("type")) {
            return node.get("type").asText();
        }
        String ref = node.path("$ref").asText("");
        int at = ref.lastIndexOf("/$defs/");
        if (at >= 0) {
            return vocabulary.path("$defs").path(ref.substring(at + "/$defs/".length())).path("type").asText("string");
        }
        return "string";
    }

    /** The text values of a JSON array. */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    /** A schema file that cannot be read; the build stops with this message. */
    public static final class SchemaException extends RuntimeException {
        public SchemaException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
