package io.alder.serialization;

import java.util.Objects;

/**
 * A JSON document stored as its text, serialized like 3.12's {@code HazelcastJsonValue} (type id -130: the
 * text as a 3.12 string). The text is not parsed or validated.
 *
 * @param json the JSON text
 */
public record JsonValue(String json) {

    /** @throws NullPointerException if {@code json} is null */
    public JsonValue {
        Objects.requireNonNull(json, "json");
    }

    /** The JSON text. */
    @Override
    public String toString() {
        return json;
    }
}
