package org.saferoll.bake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON written into a page's script elements (structured data, the search index), through Jackson. */
final class ScriptJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptJson() {
    }

    /**
     * JSON for a script element: {@code < > &} and the line separators U+2028 and U+2029 are written as
     * {@code \\u} escapes, so no text can close the element, open a comment or end a line in old parsers.
     * These characters occur only inside JSON strings, where the escapes mean the same.
     */
    static String of(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
