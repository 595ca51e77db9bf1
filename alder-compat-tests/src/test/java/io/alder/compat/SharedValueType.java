package io.alder.compat;

import static io.alder.testsupport.geode.GeodeTestClient.bool;
import static io.alder.testsupport.geode.GeodeTestClient.byteValue;
import static io.alder.testsupport.geode.GeodeTestClient.bytes;
import static io.alder.testsupport.geode.GeodeTestClient.doubleValue;
import static io.alder.testsupport.geode.GeodeTestClient.floatValue;
import static io.alder.testsupport.geode.GeodeTestClient.integer;
import static io.alder.testsupport.geode.GeodeTestClient.json;
import static io.alder.testsupport.geode.GeodeTestClient.longValue;
import static io.alder.testsupport.geode.GeodeTestClient.shortValue;
import static io.alder.testsupport.geode.GeodeTestClient.string;

import com.hazelcast.core.HazelcastJsonValue;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.serialization.JsonValue;
import java.util.function.Function;

/**
 * The value types that Geode clients and Hazelcast 3.12 clients both have: each with the Java object a
 * Hazelcast client writes and reads for it and the {@code EncodedValue} member a Geode client does, and two
 * samples of it, one used as a key and one as a value. The samples are edge values: extremes, a false boolean,
 * negative bytes, non-ASCII text.
 */
enum SharedValueType {

    INT(Integer.MIN_VALUE, Integer.MAX_VALUE, sample -> integer((Integer) sample)),
    LONG(Long.MIN_VALUE, Long.MAX_VALUE, sample -> longValue((Long) sample)),
    SHORT(Short.MIN_VALUE, Short.MAX_VALUE, sample -> shortValue((Short) sample)),
    BYTE(Byte.MIN_VALUE, (byte) -1, sample -> byteValue((Byte) sample)),
    BOOLEAN(true, false, sample -> bool((Boolean) sample)),
    DOUBLE(-Math.PI, Double.MAX_VALUE, sample -> doubleValue((Double) sample)),
    FLOAT(Float.MIN_VALUE, -1.5e10f, sample -> floatValue((Float) sample)),
    BINARY(new byte[] {0, -1, 127, -128}, new byte[] {42}, sample -> bytes((byte[]) sample)),
    STRING("clé-😀", "välue-€-日本", sample -> string((String) sample)),
    /** A Hazelcast client's HazelcastJsonValue: the official client's own class, Alder's {@link JsonValue}. */
    JSON("{\"id\":7}", "{\"name\": \"Ada\", \"tags\": [\"ü\", 2, null], \"nested\": {\"ok\": true}}",
            sample -> json((String) sample)) {
        @Override
        Object javaObject(ClientKind client, Object sample) {
            return jsonValue(client, (String) sample);
        }
    };

    private final Object keySample;
    private final Object valueSample;
    private final Function<Object, EncodedValue> encoding;

    SharedValueType(Object keySample, Object valueSample, Function<Object, EncodedValue> encoding) {
        this.keySample = keySample;
        this.valueSample = valueSample;
        this.encoding = encoding;
    }

    /** The JSON document {@code text} as the client's HazelcastJsonValue. */
    static Object jsonValue(ClientKind client, String text) {
        return client == ClientKind.OFFICIAL ? new HazelcastJsonValue(text) : new JsonValue(text);
    }

    /** The key sample as the client writes and reads it. */
    Object key(ClientKind client) {
        return javaObject(client, keySample);
    }

    /** The value sample as the client writes and reads it. */
    Object value(ClientKind client) {
        return javaObject(client, valueSample);
    }

    /** The key sample as a Geode client sends and receives it. */
    EncodedValue encodedKey() {
        return encoding.apply(keySample);
    }

    /** The value sample as a Geode client sends and receives it. */
    EncodedValue encodedValue() {
        return encoding.apply(valueSample);
    }

    Object javaObject(ClientKind client, Object sample) {
        return sample;
    }

    /** The {@code EncodedValue} member, e.g. {@code intResult}. */
    @Override
    public String toString() {
        return EncodedValue.getDescriptor().findFieldByNumber(encodedKey().getValueCase().getNumber()).getName();
    }
}
