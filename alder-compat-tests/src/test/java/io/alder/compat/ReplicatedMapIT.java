package io.alder.compat;

import static com.hazelcast.core.EntryEventType.ADDED;
import static com.hazelcast.core.EntryEventType.CLEAR_ALL;
import static com.hazelcast.core.EntryEventType.EVICTED;
import static com.hazelcast.core.EntryEventType.REMOVED;
import static com.hazelcast.core.EntryEventType.UPDATED;
import static io.alder.compat.SeenEvent.entry;
import static io.alder.compat.SeenEvent.mapWide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.hazelcast.core.EntryAdapter;
import com.hazelcast.core.ReplicatedMap;
import com.hazelcast.query.Predicates;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/**
 * Replicated maps through either client: the Map operations with 3.12's answers, one client's writes seen by
 * another, time to live, entry listeners fed by another client with 3.12's events, the predicate listeners
 * Alder refuses, and Alder's asynchronous view.
 */
class ReplicatedMapIT extends CompatSuite {

    private static final Duration QUIET = Duration.ofMillis(500);

    private ReplicatedMapView<String, String> replicatedMap(Target target) {
        return client(target).getReplicatedMap(uniqueName());
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a Map: put answers the previous value, the views hold every entry, clear empties it")
    void mapOperations(Target target) {
        ReplicatedMapView<String, String> map = replicatedMap(target);

        assertThat(map.put("a", "1")).isNull();
        assertThat(map.put("a", "2")).isEqualTo("1");
        Map<String, String> more = new LinkedHashMap<>();
        more.put("b", "3");
        more.put("c", "3");
        map.putAll(more);

        assertThat(map.get("a")).isEqualTo("2");
        assertThat(map.get("z")).isNull();
        assertThat(map.containsKey("b")).isTrue();
        assertThat(map.containsKey("z")).isFalse();
        assertThat(map.containsValue("3")).isTrue();
        assertThat(map.containsValue("1")).isFalse();
        assertThat(map.size()).isEqualTo(3);
        assertThat(map.isEmpty()).isFalse();
        assertThat(map.keySet()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(map.values()).containsExactlyInAnyOrder("2", "3", "3");
        assertThat(map.entrySet()).containsExactlyInAnyOrder(Map.entry("a", "2"), Map.entry("b", "3"),
                Map.entry("c", "3"));
        assertThat(map.remove("a")).isEqualTo("2");
        assertThat(map.remove("a")).isNull();
        map.clear();
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.size()).isZero();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("what one client puts another reads at once")
    void writesOfOneClientAreSeenByAnother(Target target) {
        String name = uniqueName();
        ReplicatedMapView<String, String> map = client(target).getReplicatedMap(name);
        ReplicatedMapView<String, String> other = otherClient(target).getReplicatedMap(name);

        map.put("k", "v");

        assertThat(other.get("k")).isEqualTo("v");
        assertThat(other.size()).isEqualTo(1);
        other.remove("k");
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("an entry put with a time to live is evicted when it runs out; listeners hear EVICTED with its value")
    void timeToLive(Target target) {
        ReplicatedMapView<String, String> map = replicatedMap(target);
        RecordingListener listener = RecordingListener.ofEveryType();
        map.addEntryListener(listener);

        map.put("short", "lived", 1, TimeUnit.SECONDS);
        map.put("long", "lived", 0, TimeUnit.SECONDS);
        assertThat(map.get("short")).isEqualTo("lived");

        eventually().until(() -> map.get("short") == null);
        eventually().untilAsserted(() -> assertThat(listener.events()).contains(entry(EVICTED, "short", null, "lived")));
        assertThat(map.keySet()).containsExactly("long");
        assertThatThrownBy(() -> map.put("k", "v", -1, TimeUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("listeners hear another client's changes with values, a REMOVED for an absent key too, and every clear")
    void entryListeners(Target target) {
        String name = uniqueName();
        ReplicatedMapView<String, String> map = client(target).getReplicatedMap(name);
        RecordingListener everyKey = RecordingListener.ofEveryType();
        RecordingListener ofKey = RecordingListener.ofEveryType();
        String registration = map.addEntryListener(everyKey);
        map.addEntryListener(ofKey, "k");
        ReplicatedMapView<String, String> writer = otherClient(target).getReplicatedMap(name);

        writer.put("k", "1");
        writer.put("k", "2");
        writer.put("j", "3");
        writer.remove("k");
        writer.remove("k");
        writer.clear();
        writer.clear();

        List<SeenEvent> ofK = List.of(entry(ADDED, "k", "1", null), entry(UPDATED, "k", "2", "1"),
                entry(REMOVED, "k", null, "2"), entry(REMOVED, "k", null, null));
        List<SeenEvent> clears = List.of(mapWide(CLEAR_ALL, 1), mapWide(CLEAR_ALL, 0));
        eventually().untilAsserted(() -> assertThat(everyKey.events()).hasSize(7));
        assertThat(everyKey.events()).filteredOn(event -> "k".equals(event.key())).containsExactlyElementsOf(ofK);
        assertThat(everyKey.events()).filteredOn(event -> event.type() == CLEAR_ALL).containsExactlyElementsOf(clears);
        assertThat(everyKey.events()).contains(entry(ADDED, "j", "3", null));
        eventually().untilAsserted(() -> assertThat(ofKey.events()).hasSize(6));
        assertThat(ofKey.events()).filteredOn(event -> event.type() != CLEAR_ALL).containsExactlyElementsOf(ofK);
        String member = client(target).memberUuid(server(target.server()).addressString());
        assertThat(everyKey.sources()).containsOnly(member);
        assertThat(everyKey.mapNames()).containsExactly(name);

        assertThat(map.removeEntryListener(registration)).isTrue();
        writer.put("k", "4");
        eventually().until(() -> ofKey.events().size() == 7);
        eventually().during(QUIET).until(() -> everyKey.events().size() == 7);
    }

    @OnEveryServerAndRouting
    @DisplayName("a listener with a predicate: Alder refuses it as unsupported, as IMap queries; 3.12 registers it")
    void predicateListener(Target target) {
        ReplicatedMap<String, String> map = officialClient(target).getReplicatedMap(uniqueName());
        EntryAdapter<String, String> listener = new EntryAdapter<>();

        switch (target.server()) {
            case ALDER -> assertThatThrownBy(() -> map.addEntryListener(listener, Predicates.alwaysTrue()))
                    .hasRootCauseInstanceOf(UnsupportedOperationException.class)
                    .rootCause().hasMessageContaining("predicates");
            case REFERENCE -> assertThat(map.removeEntryListener(
                    map.addEntryListener(listener, Predicates.alwaysTrue(), "k"))).isTrue();
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a replicated map is listed under its service, and a destroyed one's name starts empty")
    void listedAndDestroyed(Target target) {
        ReplicatedMapView<String, String> map = replicatedMap(target);
        map.put("k", "v");

        assertThat(client(target).distributedObjects()).extracting(SeenObject::name, SeenObject::serviceName)
                .contains(tuple(map.getName(), "hz:impl:replicatedMapService"));
        map.destroy();

        assertThat(client(target).<String, String>getReplicatedMap(map.getName()).isEmpty()).isTrue();
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's values(comparator) sorts in the client (3.12.13's client fails sorting its unmodifiable list)")
    void valuesSortedByAComparator(Target target) {
        ReplicatedMapView<String, String> map = replicatedMap(target);
        map.putAll(Map.of("a", "2", "b", "3", "c", "1"));

        assertThat(map.values(Comparator.reverseOrder())).containsExactly("3", "2", "1");
    }

    @OnEveryServerAndRoutingWithAlderClient
    @DisplayName("Alder's asynchronous view")
    void asynchronousView(Target target) {
        ReplicatedMapView<String, String> map = replicatedMap(target);

        assertThat(map.putAsync("k", "v")).succeedsWithin(PATIENCE).isNull();
        assertThat(map.getAsync("k")).succeedsWithin(PATIENCE).isEqualTo("v");
        assertThat(map.sizeAsync()).succeedsWithin(PATIENCE).isEqualTo(1);
        assertThat(map.clearAsync()).succeedsWithin(PATIENCE);
        assertThat(map.getAsync("k")).succeedsWithin(PATIENCE).isNull();
    }
}
