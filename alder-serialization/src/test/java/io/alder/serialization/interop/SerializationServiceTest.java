package io.alder.serialization.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.ClassDefinition;
import io.alder.serialization.ClassDefinitionBuilder;
import io.alder.serialization.Data;
import io.alder.serialization.ObjectDataInput;
import io.alder.serialization.ObjectDataOutput;
import io.alder.serialization.Portable;
import io.alder.serialization.PortableReader;
import io.alder.serialization.PortableWriter;
import io.alder.serialization.SerializationConfig;
import io.alder.serialization.SerializationException;
import io.alder.serialization.SerializationService;
import io.alder.serialization.Strings;
import io.alder.serialization.interop.CustomTypes.Money;
import io.alder.serialization.interop.IdentifiedTypes.Person;
import io.alder.serialization.interop.JavaTypes.Customer;
import io.alder.serialization.interop.PortableTypes.AllTypes;
import io.alder.serialization.interop.PortableTypes.Inner;
import io.alder.serialization.interop.PortableTypes.Outer;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Alder's own guarantees: malformed input, configuration checks, reentrancy and thread safety. */
class SerializationServiceTest {

    private static final Sides SIDES = Sides.builder()
            .identifiedFactory(IdentifiedTypes.FACTORY_ID, IdentifiedTypes::create)
            .portableFactory(PortableTypes.FACTORY_ID, PortableTypes::create)
            .build();

    private static final List<Object> SAMPLES = List.of("h\u00e9llo \uD83D\uDE00", 42L, new String[] {"a", "b"},
            new BigDecimal("1.5"), new ArrayList<>(List.of(1, "two", List.of(3))), new Person("Ann", 3, null, "f"),
            AllTypes.sample("x"), new Outer("o", new Inner("i", 1), new Portable[] {new Inner("j", 2)}, 3L),
            new Customer("c", List.of("t")));

    @Test
    void everyTruncationOfValidDataFailsWithSerializationException() {
        for (Object sample : SAMPLES) {
            byte[] bytes = SIDES.alderBytes(sample);
            for (int length = Data.HEADER_SIZE; length < bytes.length; length++) {
                Data truncated = Data.wrap(Arrays.copyOf(bytes, length));
                assertThatThrownBy(() -> SIDES.alder.toObject(truncated))
                        .as("%s cut to %d of %d bytes", sample, length, bytes.length)
                        .isInstanceOf(SerializationException.class);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00000000fffffff5" + "7fffffff",            // String of 2^31-1 chars
        "00000000fffffff0" + "7ffffff0",            // int[] with a huge length
        "00000000ffffffe6" + "7fffffff",            // ArrayList with a huge size
        "00000000fffffff5" + "fffffffe",            // String with a negative length
        "00000000ffffff9c" + "aced0005",            // Java stream header only
        "00000000ffffff38",                         // type id -200, not a built-in
    })
    void hostileLengthsAndTypesAreRejectedWithoutAllocating(String hex) {
        Data data = Data.wrap(HexFormat.of().parseHex(hex));

        assertThatThrownBy(() -> SIDES.alder.toObject(data)).isInstanceOf(SerializationException.class);
    }

    @Test
    void stringsHelperAndServiceAgree() {
        for (String text : List.of("", "k", "h\u00e9llo \uD83D\uDE00", "a\u0000b")) {
            assertThat(SIDES.alder.toData(text)).isEqualTo(Strings.toData(text));
        }
    }

    @Test
    void dataIsPassedThroughAndCannotBeNested() {
        Data data = SIDES.alder.toData("x");

        assertThat(SIDES.alder.toData(data)).isSameAs(data);
        assertThatThrownBy(() -> SIDES.alder.toData(new Person("p", 1, null, data)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot write a Data instance, use writeData() instead");
    }

    @Test
    void serializersMaySerializeOtherValuesReentrantly() {
        SerializationService[] holder = new SerializationService[1];
        holder[0] = SerializationService.create(SerializationConfig.builder()
                .addSerializer(Money.class, new TwinSerializer<Money>() {
                    @Override
                    public int getTypeId() {
                        return 40;
                    }

                    @Override
                    public void write(ObjectDataOutput out, Money money) throws IOException {
                        out.writeData(holder[0].toData(money.currency()));
                        out.writeLong(money.cents());
                    }

                    @Override
                    public Money read(ObjectDataInput in) throws IOException {
                        String currency = holder[0].toObject(in.readData());
                        return new Money(in.readLong(), currency);
                    }
                }).build());

        Money money = new Money(250, "\u20ac");
        assertThat((Object) holder[0].toObject(holder[0].toData(money))).isEqualTo(money);
    }

    @Test
    void portableClassIdZeroIsRefused() {
        assertThatThrownBy(() -> SIDES.alder.toData(new ClassIdZero()))
                .isInstanceOf(SerializationException.class)
                .hasRootCauseMessage("Portable class ID cannot be zero!");
    }

    @Test
    void conflictingClassDefinitionsAreRefused() {
        SerializationConfig config = SerializationConfig.builder()
                .addClassDefinition(new ClassDefinitionBuilder(1, 1).addIntField("a").build())
                .addClassDefinition(new ClassDefinitionBuilder(1, 1).addLongField("a").build())
                .build();

        assertThatThrownBy(() -> SerializationService.create(config)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("Incompatible class-definitions with same class-id");
    }

    @Test
    void nestedClassDefinitionsMustBeRegisteredUnlessUnchecked() {
        ClassDefinition nested = new ClassDefinitionBuilder(1, 2).addIntField("x").build();
        ClassDefinition outer = new ClassDefinitionBuilder(1, 1).addPortableField("n", nested).build();

        assertThatThrownBy(() -> SerializationService.create(SerializationConfig.builder()
                .addClassDefinition(outer).build()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not find registered ClassDefinition for factory-id : 1, class-id: 2");
        assertThat(SerializationService.create(SerializationConfig.builder().addClassDefinition(outer)
                .checkClassDefinitionErrors(false).build())).isNotNull();
    }

    @Test
    void classDefinitionBuilderRefusesDuplicateFieldsAndReuse() {
        ClassDefinitionBuilder builder = new ClassDefinitionBuilder(1, 1).addIntField("a");

        assertThatThrownBy(() -> builder.addLongField("a")).isInstanceOf(SerializationException.class);
        builder.build();
        assertThatThrownBy(builder::build).isInstanceOf(SerializationException.class);
    }

    @Test
    void configRefusesDuplicateFactoriesAndNegativePortableVersion() {
        SerializationConfig.Builder builder = SerializationConfig.builder()
                .addDataSerializableFactory(1, IdentifiedTypes::create);

        assertThatThrownBy(() -> builder.addDataSerializableFactory(1, IdentifiedTypes::create))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.portableVersion(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void javaSerializationFilterIsApplied() {
        SerializationService filtered = SerializationService.create(SerializationConfig.builder()
                .javaSerializationFilter(ObjectInputFilter.Config.createFilter("!" + Customer.class.getName()))
                .build());
        Data data = filtered.toData(new Customer("c", List.of()));

        assertThatThrownBy(() -> filtered.toObject(data)).isInstanceOf(SerializationException.class)
                .hasRootCauseInstanceOf(java.io.InvalidClassException.class);
    }

    @Test
    void concurrentFirstUseOfPortableClassesMatchesReference() throws Exception {
        List<Object> values = List.of(AllTypes.sample("c"),
                new Outer("o", new Inner("i", 1), new Portable[] {new Inner("j", 2)}, 3L), new Inner("k", 4));
        List<String> expected = values.stream().map(v -> Sides.hex(SIDES.referenceBytes(v))).toList();
        for (int round = 0; round < 20; round++) {
            SerializationService fresh = SerializationService.create(SerializationConfig.builder()
                    .addPortableFactory(PortableTypes.FACTORY_ID, PortableTypes::create).build());
            assertThat(inParallel(8, () -> values.stream().map(v -> Sides.hex(fresh.toData(v).bytes())).toList()))
                    .allSatisfy(hexes -> assertThat(hexes).isEqualTo(expected));
        }
    }

    private static <T> List<T> inParallel(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = IntStream.range(0, threads).mapToObj(i -> pool.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A portable with the forbidden class id 0. */
    private static final class ClassIdZero implements Portable {
        @Override
        public int getFactoryId() {
            return 1;
        }

        @Override
        public int getClassId() {
            return 0;
        }

        @Override
        public void writePortable(PortableWriter writer) {
        }

        @Override
        public void readPortable(PortableReader reader) {
        }
    }
}
