package io.alder.geode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.NullValue;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.serialization.Data;
import io.alder.serialization.JsonValue;
import io.alder.serialization.SerializationService;
import io.alder.serialization.internal.TypeIds;

/**
 * Converts between the protocol's {@code EncodedValue} and the member's {@link Data}, so that a value put by a
 * Geode client is the very blob a Hazelcast 3.12 Java client writes for the same Java object (an
 * {@code intResult} is an Integer, a {@code jsonObjectResult} a HazelcastJsonValue, ...) and the reverse.
 *
 * <p>Only the built-in types the protocol can express are ever deserialized on the member; any other blob
 * (a user's Portable, a Java-serialized object, a Date, ...) goes back to a Geode client as
 * {@code binaryResult} holding the raw serialized bytes. Thread-safe.
 */
public final class GeodeValues {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final EncodedValue NULL = EncodedValue.newBuilder().setNullResult(NullValue.NULL_VALUE).build();

    private final SerializationService serialization = SerializationService.createDefault();

    /** The {@code nullResult} value. */
    public static EncodedValue nullValue() {
        return NULL;
    }

    /** The Java object a value stands for; {@code null} for {@code nullResult}. */
    public Object toObject(EncodedValue value) {
        return switch (value.getValueCase()) {
            case INTRESULT -> value.getIntResult();
            case LONGRESULT -> value.getLongResult();
            case SHORTRESULT -> (short) value.getShortResult();
            case BYTERESULT -> (byte) value.getByteResult();
            case BOOLEANRESULT -> value.getBooleanResult();
            case DOUBLERESULT -> value.getDoubleResult();
            case FLOATRESULT -> value.getFloatResult();
            case BINARYRESULT -> value.getBinaryResult().toByteArray();
            case STRINGRESULT -> value.getStringResult();
            case JSONOBJECTRESULT -> json(value.getJsonObjectResult());
            case NULLRESULT -> null;
            case CUSTOMOBJECTRESULT -> throw new GeodeException(ErrorCode.INVALID_REQUEST,
                    "customObjectResult needs a value format, and Alder offers none");
            case VALUE_NOT_SET -> throw new GeodeException(ErrorCode.SERVER_ERROR,
                    "Unknown Protobuf encoding type: VALUE_NOT_SET (an EncodedValue must have one of its members set)");
        };
    }

    /** The stored form of a value; {@code null} for {@code nullResult}. */
    public Data toData(EncodedValue value) {
        return serialization.toData(toObject(value));
    }

    /**
     * The value of a Java object: null, String, Integer, Long, Short, Byte, Boolean, Double, Float, byte[],
     * {@link JsonValue} or a {@link Data} blob (sent as its raw bytes).
     *
     * @throws GeodeException SERVER_ERROR for any other type, as Geode answers objects it has no encoding for
     */
    public EncodedValue toEncodedValue(Object object) {
        EncodedValue.Builder value = EncodedValue.newBuilder();
        if (object == null) {
            return NULL;
        } else if (object instanceof String text) {
            value.setStringResult(text);
        } else if (object instanceof Integer number) {
            value.setIntResult(number);
        } else if (object instanceof Long number) {
            value.setLongResult(number);
        } else if (object instanceof Short number) {
            value.setShortResult(number);
        } else if (object instanceof Byte number) {
            value.setByteResult(number);
        } else if (object instanceof Boolean bool) {
            value.setBooleanResult(bool);
        } else if (object instanceof Double number) {
            value.setDoubleResult(number);
        } else if (object instanceof Float number) {
            value.setFloatResult(number);
        } else if (object instanceof byte[] bytes) {
            value.setBinaryResult(ByteString.copyFrom(bytes));
        } else if (object instanceof JsonValue json) {
            value.setJsonObjectResult(json.json());
        } else if (object instanceof Data data) {
            value.setBinaryResult(ByteString.copyFrom(data.bytes()));
        } else {
            throw new GeodeException(ErrorCode.SERVER_ERROR, "No handler for object type " + object.getClass().getName());
        }
        return value.build();
    }

    /** The value a stored blob is sent as. */
    public EncodedValue toEncodedValue(Data data) {
        return toEncodedValue(toObject(data));
    }

    /**
     * The Java object of a stored blob when the protocol can express its type; otherwise the blob itself,
     * never deserialized on the member.
     */
    public Object toObject(Data data) {
        if (data == null) {
            return null;
        }
        return switch (data.type()) {
            case TypeIds.NULL, TypeIds.STRING, TypeIds.INTEGER, TypeIds.LONG, TypeIds.SHORT, TypeIds.BYTE,
                 TypeIds.BOOLEAN, TypeIds.DOUBLE, TypeIds.FLOAT, TypeIds.BYTE_ARRAY, TypeIds.JSON ->
                    serialization.toObject(data);
            default -> data;
        };
    }

    /** The stored form of a Java object that {@link #toEncodedValue(Object)} accepts. */
    public Data toData(Object object) {
        if (object instanceof Data data) {
            return data;
        }
        toEncodedValue(object); // refuses what a Geode client could not read back
        return serialization.toData(object);
    }

    /** A JSON document, checked to be one, as Geode turns it into a PDX instance or fails. */
    private static JsonValue json(String text) {
        try {
            if (JSON.readTree(text).isMissingNode()) {
                throw new GeodeException(ErrorCode.SERVER_ERROR,
                        "jsonObjectResult is not a JSON document: it is empty");
            }
        } catch (JsonProcessingException e) {
            throw new GeodeException(ErrorCode.SERVER_ERROR, "jsonObjectResult is not a JSON document: "
                    + e.getOriginalMessage());
        }
        return new JsonValue(text);
    }
}
