package io.alder.compat;

import static io.alder.compat.SeenEvent.entry;
import static io.alder.compat.SeenEvent.mapWide;
import static io.alder.testsupport.geode.GeodeTestClient.bytes;
import static io.alder.testsupport.geode.GeodeTestClient.integer;
import static io.alder.testsupport.geode.GeodeTestClient.json;
import static io.alder.testsupport.geode.GeodeTestClient.nullValue;
import static io.alder.testsupport.geode.GeodeTestClient.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hazelcast.client.impl.clientside.HazelcastClientProxy;
import com.hazelcast.core.EntryEventType;
import com.hazelcast.core.HazelcastInstance;
import io.alder.geode.proto.v1.EncodedValue;
import io.alder.geode.proto.v1.Message;
import io.alder.serialization.SerializationService;
import io.alder.testsupport.geode.GeodeTestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Geode protobuf clients and Hazelcast 3.12 clients (the official one and Alder's) sharing one Alder member's
 * maps: every value type both protocols have, written by one side and read by the other; values only
 * Hazelcast has, read by Geode as the very bytes the Hazelcast client wrote; keys that land in the partition
 * either side computes; regions and maps as one namespace; key locks, entry events, Remove and Clear across
 * protocols. Alder members only, as the reference member has no Geode endpoint; skipped when
 * {@value ServerKind#SELECTION_PROPERTY} leaves Alder out.
 */
class GeodeCrossProtocolIT extends CompatSuite {

    /** How long a Geode write must stay unanswered to show that it waits for a lock. */
    private static final Duration QUIET = Duration.ofMillis(500);

    /** Enough keys of each kind to spread over most of the member's 271 partitions. */
    private static final int KEY_COUNT = 150;

    private static final SerializationService ALDER_SERIALIZATION = SerializationService.createDefault();

    @BeforeAll
    void alderMemberSelected() {
        assumeTrue(ServerKind.selected().anyMatch(ServerKind.ALDER::equals), "Alder member not selected");
    }

    /** Both Hazelcast-side Java clients, smart, against the Alder member. */
    static Stream<Target> hazelcastClients() {
        return Arrays.stream(ClientKind.values()).map(client -> new Target(ServerKind.ALDER, Routing.SMART, client));
    }

    static Stream<Arguments> sharedTypesAndClients() {
        return hazelcastClients().flatMap(target -> Arrays.stream(SharedValueType.values())
                .map(type -> Arguments.of(type, target)));
    }

    static Stream<Arguments> hazelcastOnlyValuesAndClients() {
        return hazelcastClients().flatMap(target -> Arrays.stream(HazelcastOnlyValue.values())
                .map(value -> Arguments.of(value, target)));
    }

    @ParameterizedTest(name = "[{0}, {1}]")
    @MethodSource("sharedTypesAndClients")
    @DisplayName("a key and value put through Geode read as the Java objects of their type")
    void geodeWritesReadAsJavaObjects(SharedValueType type, Target target) {
        String region = uniqueName();
        try (GeodeSession geode = geode()) {
            geode.put(region, type.encodedKey(), type.encodedValue());
        }

        MapView<Object, Object> map = client(target).getMap(region);
        Object key = type.key(target.client());
        Object value = type.value(target.client());
        assertThat(map.get(key)).hasSameClassAs(value).isEqualTo(value);
        assertThat(map.containsKey(key)).isTrue();
        assertThat(map.keySet()).singleElement().hasSameClassAs(key).isEqualTo(key);
    }

    @ParameterizedTest(name = "[{0}, {1}]")
    @MethodSource("sharedTypesAndClients")
    @DisplayName("a key and value put by a Hazelcast client read through Geode as their EncodedValue member")
    void hazelcastWritesReadAsEncodedValues(SharedValueType type, Target target) {
        String region = uniqueName();
        client(target).getMap(region).put(type.key(target.client()), type.value(target.client()));

        try (GeodeSession geode = geode()) {
            assertThat(geode.get(region, type.encodedKey())).isEqualTo(type.encodedValue());
            assertThat(geode.keySet(region)).containsExactly(type.encodedKey());
        }
    }

    @ParameterizedTest(name = "[{0}, {1}]")
    @MethodSource("hazelcastOnlyValuesAndClients")
    @DisplayName("a value or key Geode has no type for reads through Geode as binaryResult, the client's own bytes")
    void hazelcastOnlyValuesReadAsTheirData(HazelcastOnlyValue value, Target target) {
        String region = uniqueName();
        MapView<Object, Object> map = client(target).getMap(region);
        map.put("value", value.sample());
        map.put(value.sample(), "key");

        EncodedValue data = bytes(serializedBy(target, value.sample()));
        try (GeodeSession geode = geode()) {
            assertThat(geode.get(region, string("value"))).isEqualTo(data);
            assertThat(geode.keySet(region)).containsExactlyInAnyOrder(string("value"), data);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("keys put through Geode, one by one and in bulk, are found by Hazelcast clients in every partition")
    void geodeKeysFoundByHazelcastClients(Target target) {
        String region = uniqueName();
        Map<Object, Object> expected = new LinkedHashMap<>();
        Map<EncodedValue, EncodedValue> bulk = new LinkedHashMap<>();
        try (GeodeSession geode = geode()) {
            for (int i = 0; i < KEY_COUNT; i++) {
                geode.put(region, integer(i), string("value-" + i));
                expected.put(i, "value-" + i);
                bulk.put(string("key-" + i), integer(i));
                expected.put("key-" + i, i);
            }
            geode.putAll(region, bulk);
            assertThat(geode.size(region)).isEqualTo(expected.size());
        }
        assertThat(partitionsOf(expected.keySet())).hasSizeGreaterThan(100);

        MapView<Object, Object> map = client(target).getMap(region);
        expected.forEach((key, value) -> {
            assertThat(map.containsKey(key)).as("containsKey(%s)", key).isTrue();
            assertThat(map.get(key)).as("get(%s)", key).isEqualTo(value);
        });
        assertThat(map.getAll(expected.keySet())).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(map.size()).isEqualTo(expected.size());
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("keys put by a Hazelcast client are found by Geode's GetAll, listed by KeySet and counted by GetSize")
    void hazelcastKeysFoundByGeode(Target target) {
        String region = uniqueName();
        MapView<Object, Object> map = client(target).getMap(region);
        Map<Object, Object> entries = new LinkedHashMap<>();
        Map<EncodedValue, EncodedValue> expected = new LinkedHashMap<>();
        for (int i = 0; i < KEY_COUNT; i++) {
            entries.put("key-" + i, (long) i);
            expected.put(string("key-" + i), GeodeTestClient.longValue(i));
        }
        map.putAll(entries);
        map.put(-1, "by put");
        expected.put(integer(-1), string("by put"));

        List<EncodedValue> keys = new ArrayList<>(expected.keySet());
        keys.add(string("missing"));
        try (GeodeSession geode = geode()) {
            Map<EncodedValue, EncodedValue> found = geode.getAll(region, keys);
            assertThat(found).containsAllEntriesOf(expected).containsEntry(string("missing"), nullValue())
                    .hasSize(keys.size());
            assertThat(geode.keySet(region)).containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertThat(geode.size(region)).isEqualTo(map.size()).isEqualTo(expected.size());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("a map a Hazelcast client created is a region: listed by GetRegionNames and readable, even empty")
    void hazelcastMapIsRegion(Target target) {
        String filled = uniqueName();
        String empty = uniqueName();
        client(target).getMap(filled).put("k", 42);
        assertThat(client(target).getMap(empty).containsKey("k")).isFalse();

        try (GeodeSession geode = geode()) {
            assertThat(geode.regionNames()).contains("/" + filled, "/" + empty);
            assertThat(geode.get(filled, string("k"))).isEqualTo(integer(42));
            assertThat(geode.get("/" + filled, string("k"))).isEqualTo(integer(42));
            assertThat(geode.size(empty)).isZero();
            assertThat(geode.get(empty, string("k"))).isEqualTo(nullValue());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("a region a Geode Put created is a map in the Hazelcast client's getDistributedObjects")
    void geodeRegionIsMap(Target target) {
        String region = uniqueName();
        assertThat(client(target).distributedObjects()).extracting(SeenObject::name).doesNotContain(region);

        try (GeodeSession geode = geode()) {
            geode.put(region, string("k"), string("v"));
        }

        assertThat(client(target).distributedObjects()).contains(SeenObject.map(region));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("a Geode Put on a key a Hazelcast client locked is answered once it unlocks; Gets meanwhile answer")
    void geodePutWaitsForHazelcastLock(Target target) throws Exception {
        String region = uniqueName();
        MapView<String, String> map = client(target).getMap(region);
        map.put("k", "before");
        map.lock("k");
        try (GeodeSession writer = geode(); GeodeSession reader = geode(); OtherThread receiving = new OtherThread()) {
            writer.client().send(GeodeTestClient.put(region, string("k"), string("after")));
            CompletableFuture<Message> answer = receiving.start(() -> writer.client().receive());

            assertThat(reader.get(region, string("k"))).isEqualTo(string("before"));
            eventually().during(QUIET).until(() -> !answer.isDone());
            assertThat(map.get("k")).isEqualTo("before");

            map.unlock("k");
            assertThat(answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).hasPutResponse()).isTrue();
            assertThat(map.get("k")).isEqualTo("after");
            assertThat(reader.get(region, string("k"))).isEqualTo(string("after"));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("a Hazelcast client's entry listener hears Geode's puts and removes, with values, and its clears")
    void entryListenerHearsGeodeWrites(Target target) {
        String region = uniqueName();
        RecordingListener listener = RecordingListener.ofEveryType();
        client(target).getMap(region).addEntryListener(listener, true);

        try (GeodeSession geode = geode()) {
            geode.put(region, string("k"), integer(1));
            geode.put(region, string("k"), integer(2));
            geode.remove(region, string("k"));
            geode.put(region, string("k"), integer(3));
            eventually().untilAsserted(() -> assertThat(listener.events()).containsExactly(
                    entry(EntryEventType.ADDED, "k", 1, null),
                    entry(EntryEventType.UPDATED, "k", 2, 1),
                    entry(EntryEventType.REMOVED, "k", null, 2),
                    entry(EntryEventType.ADDED, "k", 3, null)));

            geode.clear(region);
        }

        eventually().untilAsserted(() -> assertThat(listener.events()).hasSize(5)
                .last().isEqualTo(mapWide(EntryEventType.CLEAR_ALL, 1)));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("Remove and Clear through Geode take entries away from what Hazelcast clients see")
    void geodeRemoveAndClear(Target target) {
        String region = uniqueName();
        MapView<String, Integer> map = client(target).getMap(region);
        Map<String, Integer> entries = IntStream.range(0, 20).boxed()
                .collect(Collectors.toMap(i -> "key-" + i, i -> i));
        map.putAll(entries);

        try (GeodeSession geode = geode()) {
            geode.remove(region, string("key-3"));
            geode.remove(region, string("never there"));
            assertThat(map.containsKey("key-3")).isFalse();
            assertThat(map.get("key-3")).isNull();
            assertThat(map.size()).isEqualTo(19);
            assertThat(geode.size(region)).isEqualTo(19);

            geode.clear(region);
            assertThat(map.size()).isZero();
            assertThat(map.isEmpty()).isTrue();
            assertThat(map.get("key-4")).isNull();
            assertThat(geode.size(region)).isZero();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("HazelcastJsonValues a Hazelcast client put read through Geode as jsonObjectResult, text unchanged")
    void hazelcastJsonReadsAsJsonObjectResult(Target target) {
        String region = uniqueName();
        List<String> documents = List.of("{\"a\":1}", "[1, 2,\n 3]", "{ \"ключ\" : \"😀\" , \"n\":null }",
                "\"text\"", "12.50");
        MapView<Object, Object> map = client(target).getMap(region);
        Map<EncodedValue, EncodedValue> expected = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            map.put(i, SharedValueType.jsonValue(target.client(), documents.get(i)));
            expected.put(integer(i), json(documents.get(i)));
        }
        map.put(SharedValueType.jsonValue(target.client(), "{\"as\":\"key\"}"), "json key");

        try (GeodeSession geode = geode()) {
            assertThat(geode.getAll(region, new ArrayList<>(expected.keySet())))
                    .containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(geode.get(region, json("{\"as\":\"key\"}"))).isEqualTo(string("json key"));
            assertThat(geode.keySet(region)).contains(json("{\"as\":\"key\"}"));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hazelcastClients")
    @DisplayName("jsonObjectResults put through Geode read as HazelcastJsonValues with the same text")
    void geodeJsonReadsAsHazelcastJsonValue(Target target) {
        String region = uniqueName();
        Map<Object, Object> expected = new LinkedHashMap<>();
        Map<EncodedValue, EncodedValue> entries = new LinkedHashMap<>();
        List<String> documents = List.of("{\"name\":\"Ada\",\"born\":1815}", "[ {\"x\": -0.5e3} ]", "{}");
        for (int i = 0; i < documents.size(); i++) {
            entries.put(string("doc-" + i), json(documents.get(i)));
            expected.put("doc-" + i, SharedValueType.jsonValue(target.client(), documents.get(i)));
        }
        try (GeodeSession geode = geode()) {
            geode.putAll(region, entries);
        }

        MapView<Object, Object> map = client(target).getMap(region);
        assertThat(map.getAll(expected.keySet())).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(map.values()).containsExactlyInAnyOrderElementsOf(expected.values());
        assertThat(map.get("doc-0")).hasSameClassAs(expected.get("doc-0")).hasToString(documents.get(0));
    }

    private GeodeSession geode() {
        return GeodeSession.open(server(ServerKind.ALDER));
    }

    /** The bytes of the blob the target's client writes for {@code value}. */
    private byte[] serializedBy(Target target, Object value) {
        return switch (target.client()) {
            case OFFICIAL -> ((HazelcastClientProxy) officialClient(target)).getSerializationService().toData(value)
                    .toByteArray();
            case ALDER -> ALDER_SERIALIZATION.toData(value).bytes();
        };
    }

    /** The partitions the official client puts these keys in. */
    private Set<Integer> partitionsOf(Collection<Object> keys) {
        HazelcastInstance official = officialClient(new Target(ServerKind.ALDER, Routing.SMART, ClientKind.OFFICIAL));
        return keys.stream().map(key -> official.getPartitionService().getPartition(key).getPartitionId())
                .collect(Collectors.toSet());
    }
}
