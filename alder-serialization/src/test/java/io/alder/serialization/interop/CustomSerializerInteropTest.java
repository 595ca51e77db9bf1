package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationException;
import io.alder.serialization.SerializationService;
import io.alder.serialization.interop.CustomTypes.Circle;
import io.alder.serialization.interop.CustomTypes.GlobalSerializer;
import io.alder.serialization.interop.CustomTypes.Labeled;
import io.alder.serialization.interop.CustomTypes.LabeledSerializer;
import io.alder.serialization.interop.CustomTypes.Money;
import io.alder.serialization.interop.CustomTypes.MoneySerializer;
import io.alder.serialization.interop.CustomTypes.SerialToken;
import io.alder.serialization.interop.CustomTypes.Shape;
import io.alder.serialization.interop.CustomTypes.ShapeSerializer;
import io.alder.serialization.interop.CustomTypes.Tag;
import io.alder.serialization.interop.CustomTypes.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** User serializers: lookup order and bytes, against the 3.12.13 serializer. */
class CustomSerializerInteropTest {

    private static final Sides CUSTOM = Sides.builder()
            .serializer(Money.class, new MoneySerializer())
            .serializer(Shape.class, new ShapeSerializer())
            .serializer(Labeled.class, new LabeledSerializer())
            .build();

    @Test
    void serializerOfTheExactClass() {
        CUSTOM.assertInterop(new Money(1999, "\u20ac"));
        assertThat(CUSTOM.alder.toData(new Money(1, "x")).type()).isEqualTo(10);
    }

    @Test
    void serializerOfTheSuperclassBeatsJavaSerialization() {
        CUSTOM.assertInterop(new Circle(2.5));
        assertThat(CUSTOM.alder.toData(new Circle(1)).type()).isEqualTo(11);
    }

    @Test
    void serializerOfAnInheritedInterfaceBeatsJavaSerialization() {
        CUSTOM.assertInterop(new Tag("label"));
        assertThat(CUSTOM.alder.toData(new Tag("x")).type()).isEqualTo(12);
    }

    @Test
    void customTypesNestInCollections() {
        CUSTOM.assertInterop(new ArrayList<>(List.of(new Money(5, "USD"), new Tag("t"), new Circle(1))));
    }

    @Test
    void javaSerializationComesBeforeTheGlobalSerializerByDefault() {
        Sides sides = Sides.builder().globalSerializer(new GlobalSerializer(), false).build();

        sides.assertInterop(new Token("only global"));
        sides.assertInterop(new SerialToken("java"));
        assertThat(sides.alder.toData(new Token("x")).type()).isEqualTo(20);
        assertThat(sides.alder.toData(new SerialToken("x")).type()).isEqualTo(-100);
    }

    @Test
    void globalSerializerCanOverrideJavaSerialization() {
        Sides sides = Sides.builder().globalSerializer(new GlobalSerializer(), true).build();

        sides.assertInterop(new SerialToken("global"));
        assertThat(sides.alder.toData(new SerialToken("x")).type()).isEqualTo(20);
    }

    @Test
    void globalSerializerDoesNotReplaceBuiltIns() {
        Sides sides = Sides.builder().globalSerializer(new GlobalSerializer(), true).build();

        sides.assertInterop("text");
        sides.assertInterop(new ArrayList<>(List.of(1, "two")));
    }

    @Test
    void unknownCustomTypeIdIsReported() {
        byte[] bytes = CUSTOM.referenceBytes(new Money(1, "x"));

        assertThatThrownBy(() -> Sides.defaults().alderRead(bytes)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("There is no suitable de-serializer for type 10");
    }

    @Test
    void objectsNoSerializerTakesAreRejected() {
        assertThatThrownBy(() -> SerializationService.createDefault().toData(new Token("x")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("There is no suitable serializer for class " + Token.class.getName());
    }

    @Test
    void builtInTypesCannotBeOverridden() {
        SerializationConfig config =
                SerializationConfig.builder().addSerializer(String.class, new StubSerializer(30)).build();

        assertThatThrownBy(() -> SerializationService.create(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serializer cannot be overridden");
    }

    @Test
    void typeIdsMustBePositiveAndUnique() {
        assertThatThrownBy(() -> SerializationConfig.builder().addSerializer(Money.class, new StubSerializer(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Type ID must be positive");
        SerializationConfig.Builder builder = SerializationConfig.builder()
                .addSerializer(Money.class, new MoneySerializer())
                .addSerializer(Token.class, new StubSerializer(10));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type id 10 is used by both");
    }

    /** A serializer that is never run, only registered. */
    private static final class StubSerializer extends TwinSerializer<Object> {

        private final int typeId;

        StubSerializer(int typeId) {
            this.typeId = typeId;
        }

        @Override
        public int getTypeId() {
            return typeId;
        }

        @Override
        public void write(io.alder.serialization.ObjectDataOutput out, Object object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object read(io.alder.serialization.ObjectDataInput in) {
            throw new UnsupportedOperationException();
        }
    }
}
