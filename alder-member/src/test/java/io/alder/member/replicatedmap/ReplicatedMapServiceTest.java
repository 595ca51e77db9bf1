package io.alder.member.replicatedmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.map.EntryEventType;
import io.alder.member.map.MapEntryEvent;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Replicated maps on one member: the Map operations, time to live, and the events 3.12 publishes. */
class ReplicatedMapServiceTest {

    private static final String MAP = "settings";

    private final ManualScheduler time = new ManualScheduler(1_700_000_000_000L);
    private final Engine engine = new Engine(new EngineSettings(271, Duration.ofSeconds(60)), time, time);
    private final ReplicatedMapService maps = engine.replicatedMaps();

    private static Data data(String text) {
        return Strings.toData(text);
    }

    private List<MapEntryEvent> listen(Data key) {
        List<MapEntryEvent> heard = new CopyOnWriteArrayList<>();
        maps.addEntryListener(MAP, key, heard::add);
        return heard;
    }

    @Test
    void aMapOfKeysAndValues() {
        assertThat(maps.put(MAP, data("a"), data("1"), 0)).isNull();
        assertThat(maps.put(MAP, data("a"), data("2"), 0)).isEqualTo(data("1"));
        maps.putAll(MAP, List.of(Map.entry(data("b"), data("3")), Map.entry(data("c"), data("3"))));

        assertThat(maps.get(MAP, data("a"))).isEqualTo(data("2"));
        assertThat(maps.get(MAP, data("z"))).isNull();
        assertThat(maps.containsKey(MAP, data("b"))).isTrue();
        assertThat(maps.containsValue(MAP, data("3"))).isTrue();
        assertThat(maps.containsValue(MAP, data("1"))).isFalse();
        assertThat(maps.size(MAP)).isEqualTo(3);
        assertThat(maps.keySet(MAP)).containsExactlyInAnyOrder(data("a"), data("b"), data("c"));
        assertThat(maps.values(MAP)).containsExactlyInAnyOrder(data("2"), data("3"), data("3"));
        assertThat(maps.entrySet(MAP)).containsExactlyInAnyOrder(entry(data("a"), data("2")),
                entry(data("b"), data("3")), entry(data("c"), data("3")));
        assertThat(maps.remove(MAP, data("a"))).isEqualTo(data("2"));
        assertThat(maps.remove(MAP, data("a"))).isNull();
        maps.clear(MAP);
        assertThat(maps.isEmpty(MAP)).isTrue();
    }

    @Test
    void eventsAs312AlwaysWithValues() {
        Data a = data("a");
        List<MapEntryEvent> heard = listen(null);

        maps.put(MAP, a, data("1"), 0);
        maps.put(MAP, a, data("2"), 0);
        maps.remove(MAP, a);
        maps.remove(MAP, a);
        maps.put(MAP, data("b"), data("3"), 0);
        maps.clear(MAP);
        maps.clear(MAP);

        assertThat(heard).extracting(MapEntryEvent::type, MapEntryEvent::key, MapEntryEvent::value,
                MapEntryEvent::oldValue, MapEntryEvent::numberOfAffectedEntries).containsExactly(
                        tuple(EntryEventType.ADDED, a, data("1"), null, 1),
                        tuple(EntryEventType.UPDATED, a, data("2"), data("1"), 1),
                        tuple(EntryEventType.REMOVED, a, null, data("2"), 1),
                        tuple(EntryEventType.REMOVED, a, null, null, 1),
                        tuple(EntryEventType.ADDED, data("b"), data("3"), null, 1),
                        tuple(EntryEventType.CLEAR_ALL, null, null, null, 1),
                        tuple(EntryEventType.CLEAR_ALL, null, null, null, 0));
        assertThat(heard.get(0).partitionId()).isEqualTo(Partitions.partitionId(a, 271));
    }

    @Test
    void aKeyListenerHearsItsKeyAndTheClears() {
        List<MapEntryEvent> heard = listen(data("a"));

        maps.put(MAP, data("b"), data("1"), 0);
        maps.put(MAP, data("a"), data("1"), 0);
        maps.clear(MAP);

        assertThat(heard).extracting(MapEntryEvent::type).containsExactly(EntryEventType.ADDED,
                EntryEventType.CLEAR_ALL);
    }

    @Test
    void anEntryIsEvictedWhenItsTimeToLiveRunsOut() {
        Data a = data("a");
        List<MapEntryEvent> heard = listen(null);
        maps.put(MAP, a, data("1"), 1_000);
        maps.put(MAP, data("b"), data("2"), 0);

        time.advance(999);
        assertThat(maps.get(MAP, a)).isEqualTo(data("1"));
        time.advance(1);

        assertThat(heard).last().extracting(MapEntryEvent::type, MapEntryEvent::key, MapEntryEvent::oldValue)
                .containsExactly(EntryEventType.EVICTED, a, data("1"));
        assertThat(maps.get(MAP, a)).isNull();
        assertThat(maps.size(MAP)).isEqualTo(1);
    }

    @Test
    void aNewPutReplacesTheTimeToLive() {
        Data a = data("a");
        int otherTasks = time.pendingTasks();
        maps.put(MAP, a, data("1"), 1_000);
        maps.put(MAP, a, data("2"), 0);

        time.advance(5_000);

        assertThat(maps.get(MAP, a)).isEqualTo(data("2"));
        assertThat(time.pendingTasks()).as("no eviction left behind").isEqualTo(otherTasks);
    }

    @Test
    void aNegativeTimeToLiveIsRefusedAs312() {
        assertThatThrownBy(() -> maps.put(MAP, data("a"), data("1"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ttl must be a positive integer");
    }

    @Test
    void destroyingDropsTheEntriesAndTheListeners() {
        List<MapEntryEvent> heard = listen(null);
        maps.put(MAP, data("a"), data("1"), 60_000);

        engine.distributedObjects().destroy(ReplicatedMapService.SERVICE_NAME, MAP);
        maps.put(MAP, data("b"), data("2"), 0);

        assertThat(maps.keySet(MAP)).containsExactly(data("b"));
        assertThat(heard).hasSize(1);
    }
}
