package io.alder.geode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.ErrorCode;
import io.alder.serialization.Data;
import io.alder.serialization.JsonValue;
import io.alder.serialization.SerializationService;
import java.util.Date;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class GeodeValuesTest {

    private final GeodeValues values = new GeodeValues();
    private final SerializationService serialization = SerializationService.createDefault();

    static Stream<Arguments> everyType() {
        return Stream.of(
                Arguments.of(EncodedValue.newBuilder().setIntResult(-7).build(), -7),
                Arguments.of(EncodedValue.newBuilder().setLongResult(1L << 40).build(), 1L << 40),
                Arguments.of(EncodedValue.newBuilder().setShortResult(-300).build(), (short) -300),
                Arguments.of(EncodedValue.newBuilder().setByteResult(-128).build(), (byte) -128),
                Arguments.of(EncodedValue.newBuilder().setBooleanResult(true).build(), true),
                Arguments.of(EncodedValue.newBuilder().setDoubleResult(2.5).build(), 2.5),
                Arguments.of(EncodedValue.newBuilder().setFloatResult(1.25f).build(), 1.25f),
                Arguments.of(EncodedValue.newBuilder().setStringResult("grüße ✓").build(), "grüße ✓"),
                Arguments.of(EncodedValue.newBuilder().setJsonObjectResult("{\"id\":1}").build(), new JsonValue("{\"id\":1}")));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void storesTheBytesA312JavaClientWritesForTheSameObject(EncodedValue value, Object javaObject) {
        Data stored = values.toData(value);

        assertThat(stored.bytes()).isEqualTo(serialization.toData(javaObject).bytes());
        assertThat(values.toEncodedValue(stored)).isEqualTo(value);
    }

    @Test
    void bytesRoundTripAsAByteArray() {
        EncodedValue value = EncodedValue.newBuilder().setBinaryResult(ByteString.copyFrom(new byte[] {1, 2, 3})).build();

        Data stored = values.toData(value);

        assertThat(stored.bytes()).isEqualTo(serialization.toData(new byte[] {1, 2, 3}).bytes());
        assertThat(values.toEncodedValue(stored)).isEqualTo(value);
    }

    @Test
    void nullIsNullResultBothWays() {
        assertThat(values.toData(GeodeValues.nullValue())).isNull();
        assertThat(values.toEncodedValue((Data) null)).isEqualTo(GeodeValues.nullValue());
    }

    @Test
    void aTypeTheProtocolCannotExpressIsSentAsItsSerializedBytes() {
        Data date = serialization.toData(new Date(0));

        EncodedValue sent = values.toEncodedValue(date);

        assertThat(sent.getBinaryResult().toByteArray()).isEqualTo(date.bytes());
        assertThat(values.toObject(date)).isSameAs(date);
    }

    @Test
    void aValueWithNothingSetIsAServerError() {
        assertThatThrownBy(() -> values.toData(EncodedValue.getDefaultInstance()))
                .isInstanceOfSatisfying(GeodeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR))
                .hasMessageContaining("VALUE_NOT_SET");
    }

    @Test
    void jsonMustBeJson() {
        assertThatThrownBy(() -> values.toData(EncodedValue.newBuilder().setJsonObjectResult("{oops").build()))
                .isInstanceOfSatisfying(GeodeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR))
                .hasMessageContaining("not a JSON document");
    }

    @Test
    void customObjectsNeedAValueFormatAlderDoesNotOffer() {
        assertThatThrownBy(() -> values.toObject(EncodedValue.newBuilder()
                .setCustomObjectResult(ByteString.copyFromUtf8("x")).build()))
                .isInstanceOfSatisfying(GeodeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void aFunctionResultOfAnotherTypeIsRefusedAsGeodeRefusesIt() {
        assertThatThrownBy(() -> values.toEncodedValue(new Object()))
                .isInstanceOfSatisfying(GeodeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVER_ERROR))
                .hasMessageContaining("No handler for object type java.lang.Object");
        assertThatThrownBy(() -> values.toData(new Object())).isInstanceOf(GeodeException.class);
    }
}
