package io.alder.member.map;

import static io.alder.member.map.EntryEventType.ADDED;
import static io.alder.member.map.EntryEventType.CLEAR_ALL;
import static io.alder.member.map.EntryEventType.EVICTED;
import static io.alder.member.map.EntryEventType.EVICT_ALL;
import static io.alder.member.map.EntryEventType.REMOVED;
import static io.alder.member.map.EntryEventType.UPDATED;
import static io.alder.member.map.MapFixture.ALICE;
import static io.alder.member.map.MapFixture.MAP;
import static io.alder.member.map.MapFixture.all;
import static io.alder.member.map.MapFixture.data;
import static io.alder.member.map.MapFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.serialization.Data;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MapListenerTest {

    private final MapFixture fx = new MapFixture();
    private final MapService maps = fx.maps;
    private final Data k = data("k");
    private final int pk = partitionOf(k);

    @Test
    void addUpdateRemoveCarryTheValuesOf312() {
        List<MapEntryEvent> heard = fx.listen(null, ADDED.flag() | UPDATED.flag() | REMOVED.flag(), true);

        fx.put(k, data("v1"));
        fx.put(k, data("v2"));
        fx.remove(k);

        assertThat(heard).containsExactly(
                new MapEntryEvent(MAP, k, data("v1"), null, null, ADDED, fx.engine.memberUuid(), 1, pk),
                new MapEntryEvent(MAP, k, data("v2"), data("v1"), null, UPDATED, fx.engine.memberUuid(), 1, pk),
                new MapEntryEvent(MAP, k, null, data("v2"), null, REMOVED, fx.engine.memberUuid(), 1, pk));
    }

    @Test
    void flagsChooseTheEvents() {
        List<MapEntryEvent> removals = fx.listen(null, REMOVED.flag(), true);

        fx.put(k, data("v1"));
        fx.put(k, data("v2"));
        fx.remove(k);

        assertThat(removals).extracting(MapEntryEvent::type).containsExactly(REMOVED);
    }

    @Test
    void withoutValuesEventsCarryOnlyTheKey() {
        List<MapEntryEvent> heard = fx.listen(null, all(), false);

        fx.put(k, data("v1"));
        fx.put(k, data("v2"));

        assertThat(heard).extracting(MapEntryEvent::type, MapEntryEvent::key, MapEntryEvent::value,
                MapEntryEvent::oldValue).containsExactly(tuple(ADDED, k, null, null), tuple(UPDATED, k, null, null));
    }

    @Test
    void aKeyListenerHearsOnlyItsKey() {
        List<MapEntryEvent> heard = fx.listen(k, all(), true);

        fx.put(data("other"), data("v"));
        fx.put(k, data("v"));

        assertThat(heard).extracting(MapEntryEvent::key).containsExactly(k);
    }

    @Test
    void eachWriteHasItsEvent() {
        List<MapEntryEvent> heard = fx.listen(null, all(), true);
        fx.put(k, data("v1"));
        heard.clear();

        MapFixture.<Data>now(reply -> maps.putIfAbsent(pk, MAP, k, data("ignored"), -1, -1, ALICE, reply));
        MapFixture.<Data>now(reply -> maps.replace(pk, MAP, k, data("v2"), ALICE, reply));
        MapFixture.<Boolean>now(reply -> maps.replaceIfSame(pk, MAP, k, data("v2"), data("v3"), ALICE, reply));
        MapFixture.<Boolean>now(reply -> maps.removeIfSame(pk, MAP, k, data("v3"), ALICE, reply));
        MapFixture.<Void>now(reply -> maps.set(pk, MAP, k, data("v4"), -1, -1, ALICE, reply));
        MapFixture.<Boolean>now(reply -> maps.evict(pk, MAP, k, ALICE, reply));
        MapFixture.<Void>now(reply -> maps.set(pk, MAP, k, data("v5"), -1, -1, ALICE, reply));
        MapFixture.<Void>now(reply -> maps.delete(pk, MAP, k, ALICE, reply));

        assertThat(heard).extracting(MapEntryEvent::type, MapEntryEvent::value, MapEntryEvent::oldValue)
                .containsExactly(
                        tuple(UPDATED, data("v2"), data("v1")),
                        tuple(UPDATED, data("v3"), data("v2")),
                        tuple(REMOVED, null, data("v3")),
                        tuple(ADDED, data("v4"), null),
                        tuple(EVICTED, null, data("v4")),
                        tuple(ADDED, data("v5"), null),
                        tuple(REMOVED, null, null));
    }

    @Test
    void clearAndEvictAllAreMapWideEventsThatReachKeyListenersToo() {
        List<MapEntryEvent> everything = fx.listen(null, all(), true);
        List<MapEntryEvent> ofK = fx.listen(k, CLEAR_ALL.flag() | EVICT_ALL.flag(), true);
        for (int i = 0; i < 3; i++) {
            fx.put(data("key-" + i), data("v"));
        }
        everything.clear();

        maps.clear(MAP);
        maps.clear(MAP);
        fx.put(k, data("v"));
        everything.clear();
        maps.evictAll(MAP);

        MapEntryEvent clearAll = new MapEntryEvent(MAP, null, null, null, null, CLEAR_ALL, fx.engine.memberUuid(),
                3, -1);
        MapEntryEvent evictAll = new MapEntryEvent(MAP, null, null, null, null, EVICT_ALL, fx.engine.memberUuid(),
                1, -1);
        assertThat(everything).containsExactly(evictAll);
        assertThat(ofK).as("no event for a clear that removed nothing").containsExactly(clearAll, evictAll);
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        List<MapEntryEvent> heard = new CopyOnWriteArrayList<>();
        String id = maps.addEntryListener(MAP, null, all(), true, heard::add);
        fx.put(k, data("v1"));

        assertThat(maps.removeEntryListener(MAP, id)).isTrue();
        assertThat(maps.removeEntryListener(MAP, id)).isFalse();
        fx.put(k, data("v2"));

        assertThat(heard).hasSize(1);
    }

    @Test
    void listenersAreOfOneMap() {
        List<MapEntryEvent> heard = fx.listen(null, all(), true);

        MapFixture.<Data>now(reply -> maps.put(pk, "other-map", k, data("v"), -1, -1, ALICE, reply));

        assertThat(heard).isEmpty();
    }

    @Test
    void destroyingTheMapEndsItsListeners() {
        List<MapEntryEvent> heard = fx.listen(null, all(), true);

        fx.engine.distributedObjects().destroy(MapService.SERVICE_NAME, MAP);
        fx.put(k, data("v"));

        assertThat(heard).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotFailTheWrite() {
        maps.addEntryListener(MAP, null, all(), true, event -> {
            throw new IllegalStateException("listener bug");
        });
        List<MapEntryEvent> heard = fx.listen(null, all(), true);

        assertThat(fx.put(k, data("v"))).isNull();

        assertThat(heard).hasSize(1);
    }
}
