package io.alder.geode.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alder.serialization.JsonValue;
import java.util.List;

/**
 * Reads JSON documents for queries: a document's fields, and JSON strings, booleans, numbers and null as
 * the Java values comparisons understand. JSON objects and arrays stay opaque: they compare with nothing.
 */
final class JsonFields {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFields() {
    }

    /**
     * The operand value of a decoded region value or bind parameter: a {@link JsonValue} becomes what its JSON
     * holds (a {@link JsonNode} for an object or array), anything else stays as it is.
     */
    static Object operandValue(Object decoded) {
        if (decoded instanceof JsonValue json) {
            JsonNode document = parse(json);
            return document == null ? json : scalarOrNode(document);
        }
        return decoded;
    }

    /** The field at {@code path} below {@code root}, as an operand value; {@link Undefined} if there is none. */
    static Object field(Object root, List<String> path) {
        if (!(root instanceof JsonNode node)) {
            return Undefined.VALUE;
        }
        for (String name : path) {
            node = node.isObject() ? node.get(name) : null;
            if (node == null) {
                return Undefined.VALUE;
            }
        }
        return scalarOrNode(node);
    }

    /** The parsed document, or null if the text is not JSON: such a value is opaque and has no fields. */
    private static JsonNode parse(JsonValue json) {
        try {
            JsonNode document = MAPPER.readTree(json.json());
            return document.isMissingNode() ? null : document;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static Object scalarOrNode(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node;
    }
}
