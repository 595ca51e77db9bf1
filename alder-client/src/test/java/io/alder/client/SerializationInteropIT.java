package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.core.IMap;
import io.alder.client.InteropTypes.RegionKey;
import io.alder.serialization.JsonValue;
import io.alder.serialization.Partitions;
import io.alder.serialization.Portable;
import io.alder.serialization.SerializationService;
import io.alder.serialization.interop.CustomTypes.Money;
import io.alder.serialization.interop.CustomTypes.Token;
import io.alder.serialization.interop.IdentifiedTypes.Person;
import io.alder.serialization.interop.JavaTypes.Customer;
import io.alder.serialization.interop.JavaTypes.Settings;
import io.alder.serialization.interop.PortableTypes.Inner;
import io.alder.serialization.interop.PortableTypes.Outer;
import io.alder.serialization.interop.TwinConfig;
import io.alder.testsupport.reference.OfficialClientSettings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values and keys shared by an official 3.12.13 Java client and an Alder client through one member: what one
 * writes, the other reads back as an equal object of the same class, and a key either writes is found by the
 * other, in the same partition. Both clients have the same factories, class definitions and serializers.
 */
class SerializationInteropIT extends ClientSuite {

    private final Map<ServerKind, ClientPair> pairs = new EnumMap<>(ServerKind.class);

    @AfterAll
    void closeClients() {
        pairs.values().forEach(ClientPair::close);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("valuesOnEveryServer")
    @DisplayName("a value the official client puts, Alder's client gets as an equal object")
    void officialWritesAlderReads(ServerKind kind, Twin value) {
        ClientPair pair = pair(kind);
        String name = uniqueName();

        pair.official().getMap(name).put("written by the official client", value.official());

        Object read = pair.alder().getMap(name).get("written by the official client");
        assertThat(read).hasSameClassAs(value.alder()).isEqualTo(value.alder());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("valuesOnEveryServer")
    @DisplayName("a value Alder's client puts, the official client gets as an equal object")
    void alderWritesOfficialReads(ServerKind kind, Twin value) {
        ClientPair pair = pair(kind);
        String name = uniqueName();

        pair.alder().getMap(name).put("written by Alder", value.alder());

        Object read = pair.official().getMap(name).get("written by Alder");
        assertThat(read).hasSameClassAs(value.official()).isEqualTo(value.official());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("keysOnEveryServer")
    @DisplayName("a key either client writes, the other finds under an equal key, in the same partition")
    void keysAreSharedAndPartitionedAlike(ServerKind kind, Twin key) {
        ClientPair pair = pair(kind);
        String name = uniqueName();
        IMap<Object, String> official = pair.official().getMap(name);
        AlderMap<Object, String> alder = pair.alder().getMap(name);

        assertThat(pair.alderPartition(key.alder())).as("Alder's partition (expected: 3.12's)")
                .isEqualTo(pair.officialPartition(key.official()));
        official.put(key.official(), "by the official client");
        // A 3.12 member stores an entry in the partition the request names: a different hash would miss it.
        assertThat(alder.get(key.alder())).isEqualTo("by the official client");
        assertThat(alder.containsKey(key.alder())).isTrue();
        alder.put(key.alder(), "by Alder");
        assertThat(official.get(key.official())).isEqualTo("by Alder");
        assertThat(official.keySet()).singleElement().isEqualTo(key.official());
        assertThat(alder.keySet()).singleElement().isEqualTo(key.alder());
    }

    @OnEveryServer
    @DisplayName("a partition-aware key lives in its partition key's partition, for both clients")
    void partitionAwareKey(ServerKind kind) {
        ClientPair pair = pair(kind);
        String name = uniqueName();
        RegionKey key = new RegionKey("order-7", "eu-west-\uD83D\uDE00");
        int regionPartition = pair.officialPartition(key.region());

        assertThat(pair.officialPartition(key)).isEqualTo(regionPartition);
        assertThat(pair.alderPartition(key)).isEqualTo(regionPartition);
        assertThat(regionPartition).isNotEqualTo(pair.officialPartition(new RegionKey("order-7", "us-east")));
        pair.official().getMap(name).put(key, "routed by region");
        assertThat(pair.alder().getMap(name).get(new RegionKey("order-7", "eu-west-\uD83D\uDE00")))
                .isEqualTo("routed by region");
    }

    @OnEveryServer
    @DisplayName("null is no value: both clients read a missing key as null and refuse null values")
    void nullIsNoValue(ServerKind kind) {
        ClientPair pair = pair(kind);
        String name = uniqueName();
        IMap<String, String> official = pair.official().getMap(name);
        AlderMap<String, String> alder = pair.alder().getMap(name);
        official.put("present", "value");

        assertThat(alder.get("missing")).isNull();
        assertThat(official.get("missing")).isNull();
        assertThat(alder.containsKey("missing")).isFalse();
        assertThat(official.containsKey("missing")).isFalse();
        assertThatThrownBy(() -> alder.put("null", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> official.put("null", null)).isInstanceOf(NullPointerException.class);
        assertThat(alder.containsKey("null")).isFalse();
        assertThat(official.size()).isEqualTo(1);
    }

    Stream<Arguments> valuesOnEveryServer() {
        return onEveryServer(values());
    }

    Stream<Arguments> keysOnEveryServer() {
        return onEveryServer(keys());
    }

    private static Stream<Arguments> onEveryServer(List<Twin> twins) {
        return ServerKind.selected().flatMap(kind -> twins.stream().map(twin -> Arguments.of(kind, twin)));
    }

    /** Every kind of value both clients serialize; null travels inside containers and objects. */
    private static List<Twin> values() {
        String json = "{\"name\":\"h\u00e9\u20ac\uD83D\uDE00\",\"n\":[1,2.5,null]}";
        return List.of(
                Twin.same("Boolean", Boolean.TRUE),
                Twin.same("Byte", (byte) -7),
                Twin.same("Character", '\u20ac'),
                Twin.same("Short", Short.MIN_VALUE),
                Twin.same("Integer", Integer.MIN_VALUE),
                Twin.same("Long", Long.MAX_VALUE),
                Twin.same("Float", 1.25f),
                Twin.same("Double", Double.NaN),
                Twin.same("String with supplementary characters", "h\u00e9\u20ac\uD83D\uDE00"),
                Twin.same("empty String", ""),
                Twin.same("long String", "\uD83D\uDE00\u00e9x".repeat(30_000)),
                Twin.same("boolean[]", new boolean[] {true, false, true}),
                Twin.same("byte[]", new byte[] {0, -1, 127, -128}),
                Twin.same("char[] with a surrogate pair", new char[] {'a', '\u20ac', '\uD83D', '\uDE00'}),
                Twin.same("short[]", new short[] {Short.MIN_VALUE, 0, Short.MAX_VALUE}),
                Twin.same("int[]", new int[] {1, -2, Integer.MAX_VALUE}),
                Twin.same("empty int[]", new int[0]),
                Twin.same("long[]", new long[] {Long.MIN_VALUE, 3}),
                Twin.same("float[]", new float[] {0.5f, Float.NEGATIVE_INFINITY}),
                Twin.same("double[]", new double[] {1e300, -0.0}),
                Twin.same("String[] with null", new String[] {"h\u00e9", null, "\uD83D\uDE00"}),
                Twin.same("Integer[] with null", new Integer[] {1, null, 3}),
                Twin.same("Character[]", new Character[] {'x', '\u20ac'}),
                Twin.same("Date", new Date(1_700_000_000_123L)),
                Twin.same("BigInteger", new BigInteger("-123456789012345678901234567890")),
                Twin.same("BigDecimal", new BigDecimal("3.14159265358979323846264338327950288")),
                Twin.same("Class", String.class),
                Twin.same("ArrayList with null", new ArrayList<>(Arrays.asList("a", null, 3, 4L))),
                Twin.same("LinkedList", new LinkedList<>(List.of("x", '\u20ac'))),
                Twin.same("HashMap", new HashMap<>(Map.of("k", 1, "\uD83D\uDE00", 2))),
                Twin.same("enum", TimeUnit.SECONDS),
                Twin.same("Serializable with a shared reference and a cycle",
                        new Customer("h\u00e9l\u00e8ne", List.of("gold", "\uD83D\uDE00"))),
                Twin.same("Externalizable", new Settings("dark \uD83C\uDF19", 14)),
                Twin.same("IdentifiedDataSerializable with a nested one",
                        new Person("Ada \uD83D\uDE00", 36, new String[] {"countess"},
                                new Person("Charles", 80, null, null))),
                Twin.same("IdentifiedDataSerializable with null fields", new Person(null, 0, null, null)),
                Twin.same("Portable with nested portables", new Outer("o-1", new Inner("sku-\u20ac", 2),
                        new Portable[] {new Inner("a", 1), new Inner("\uD83D\uDE00", 3)}, 1999)),
                Twin.same("Portable with a null nested portable and an empty array",
                        new Outer("o-2", null, new Portable[0], 0)),
                Twin.same("Portable with a null array", new Outer("o-3", new Inner("b", 1), null, 5)),
                new Twin("JSON value", new HazelcastJsonValue(json), new JsonValue(json)),
                Twin.same("custom StreamSerializer", new Money(1999, "\u20ac")),
                Twin.same("global serializer", new Token("t-\uD83D\uDE00")));
    }

    /** Keys of several serializers, each hashed over its own bytes. */
    private static List<Twin> keys() {
        return List.of(
                Twin.same("String", "key-h\u00e9\u20ac\uD83D\uDE00"),
                Twin.same("Integer", 42),
                Twin.same("Long", -7L),
                Twin.same("byte[]", new byte[] {1, 2, 3}),
                Twin.same("enum", TimeUnit.DAYS),
                Twin.same("IdentifiedDataSerializable", new Person("key", 1, new String[0], null)),
                Twin.same("Portable", new Inner("key-sku", 9)),
                Twin.same("custom StreamSerializer", new Money(5, "CHF")),
                Twin.same("PartitionAware", new RegionKey("order-1", "eu-west")),
                new Twin("JSON value", new HazelcastJsonValue("{\"id\":1}"), new JsonValue("{\"id\":1}")));
    }

    private synchronized ClientPair pair(ServerKind kind) {
        return pairs.computeIfAbsent(kind, key -> ClientPair.connect(server(key)));
    }

    /**
     * One value as each client represents it: the same object, except for JSON.
     *
     * @param official what the official client writes and should read
     * @param alder what Alder's client writes and should read
     */
    record Twin(String name, Object official, Object alder) {

        static Twin same(String name, Object value) {
            return new Twin(name, value, value);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An official client and an Alder client of the same member, with the same serialization setup. */
    private record ClientPair(HazelcastInstance official, AlderClient alder, SerializationService alderSerialization) {

        static ClientPair connect(TestServer server) {
            TwinConfig twins = InteropTypes.twinConfig();
            com.hazelcast.client.config.ClientConfig officialConfig =
                    OfficialClientSettings.config(TestServer.HOST + ":" + server.port(), true);
            officialConfig.setSerializationConfig(twins.referenceConfig());
            officialConfig.setProperty("hazelcast.logging.type", "slf4j");
            HazelcastInstance official = HazelcastClient.newHazelcastClient(officialConfig);
            try {
                AlderClient alder = AlderClient.connect(
                        server.clientConfig().serialization(twins.alderConfig()).build());
                return new ClientPair(official, alder, SerializationService.create(alder.config().serialization()));
            } catch (RuntimeException e) {
                official.shutdown();
                throw e;
            }
        }

        /** The partition the official client puts {@code key} in. */
        int officialPartition(Object key) {
            return official.getPartitionService().getPartition(key).getPartitionId();
        }

        /** The partition Alder's client puts {@code key} in, out of the member's partition count. */
        int alderPartition(Object key) {
            int partitionCount = official.getPartitionService().getPartitions().size();
            return Partitions.partitionId(alderSerialization.toData(key), partitionCount);
        }

        void close() {
            alder.close();
            official.shutdown();
        }
    }
}
