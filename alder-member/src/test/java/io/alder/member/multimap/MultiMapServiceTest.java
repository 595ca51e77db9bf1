package io.alder.member.multimap;

import static io.alder.member.multimap.MultiMapFixture.ALICE;
import static io.alder.member.multimap.MultiMapFixture.LIST_MULTIMAP;
import static io.alder.member.multimap.MultiMapFixture.SET_MULTIMAP;
import static io.alder.member.multimap.MultiMapFixture.data;
import static io.alder.member.multimap.MultiMapFixture.partitionOf;
import static io.alder.member.multimap.MultiMapFixture.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.member.map.EntryEventType;
import io.alder.member.map.MapEntryEvent;
import io.alder.serialization.Data;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The multimap operations and their events, as 3.12 answers and publishes them. */
class MultiMapServiceTest {

    private final MultiMapFixture fx = new MultiMapFixture();
    private final MultiMapService multiMaps = fx.multiMaps;
    private final Data k = data("k");
    private final int pk = partitionOf(k);

    @Test
    void aSetMultiMapHoldsEachValueOnceInTheOrderPut() {
        assertThat(fx.put(SET_MULTIMAP, "k", "b")).isTrue();
        assertThat(fx.put(SET_MULTIMAP, "k", "a")).isTrue();
        assertThat(fx.put(SET_MULTIMAP, "k", "b")).as("a value the key has").isFalse();

        assertThat(fx.get(SET_MULTIMAP, "k")).isEqualTo(values("b", "a"));
        assertThat(multiMaps.valueCount(pk, SET_MULTIMAP, k)).isEqualTo(2);
    }

    @Test
    void aListMultiMapHoldsEveryValuePut() {
        fx.put(LIST_MULTIMAP, "k", "b");
        fx.put(LIST_MULTIMAP, "k", "a");
        assertThat(fx.put(LIST_MULTIMAP, "k", "b")).isTrue();

        assertThat(fx.get(LIST_MULTIMAP, "k")).isEqualTo(values("b", "a", "b"));
        assertThat(multiMaps.size(LIST_MULTIMAP)).isEqualTo(3);
    }

    @Test
    void removeEntryRemovesOneOccurrenceAndAKeyWithoutValuesGoes() {
        fx.put(LIST_MULTIMAP, "k", "a");
        fx.put(LIST_MULTIMAP, "k", "a");

        assertThat(MultiMapFixture.<Boolean>now(reply -> multiMaps.removeEntry(pk, LIST_MULTIMAP, k, data("a"),
                ALICE, reply))).isTrue();
        assertThat(fx.get(LIST_MULTIMAP, "k")).isEqualTo(values("a"));
        assertThat(MultiMapFixture.<Boolean>now(reply -> multiMaps.removeEntry(pk, LIST_MULTIMAP, k, data("z"),
                ALICE, reply))).isFalse();
        assertThat(MultiMapFixture.<Boolean>now(reply -> multiMaps.removeEntry(pk, LIST_MULTIMAP, k, data("a"),
                ALICE, reply))).isTrue();

        assertThat(multiMaps.containsKey(pk, LIST_MULTIMAP, k)).isFalse();
        assertThat(multiMaps.keySet(LIST_MULTIMAP)).isEmpty();
    }

    @Test
    void removeAnswersTheValuesAndDeleteAnswersNothing() {
        fx.put(SET_MULTIMAP, "k", "a");
        fx.put(SET_MULTIMAP, "k", "b");
        fx.put(SET_MULTIMAP, "j", "c");

        assertThat(MultiMapFixture.<List<Data>>now(reply -> multiMaps.remove(pk, SET_MULTIMAP, k, ALICE, reply)))
                .isEqualTo(values("a", "b"));
        assertThat(MultiMapFixture.<List<Data>>now(reply -> multiMaps.remove(pk, SET_MULTIMAP, k, ALICE, reply)))
                .isEmpty();
        Data j = data("j");
        multiMaps.delete(partitionOf(j), SET_MULTIMAP, j);
        multiMaps.delete(partitionOf(j), SET_MULTIMAP, j);

        assertThat(multiMaps.size(SET_MULTIMAP)).isZero();
    }

    @Test
    void containsLooksAtKeysValuesAndPairs() {
        fx.put(SET_MULTIMAP, "k", "a");

        assertThat(multiMaps.containsKey(pk, SET_MULTIMAP, k)).isTrue();
        assertThat(multiMaps.containsKey(pk, SET_MULTIMAP, data("a"))).isFalse();
        assertThat(multiMaps.containsValue(SET_MULTIMAP, data("a"))).isTrue();
        assertThat(multiMaps.containsValue(SET_MULTIMAP, data("k"))).isFalse();
        assertThat(multiMaps.containsEntry(pk, SET_MULTIMAP, k, data("a"))).isTrue();
        assertThat(multiMaps.containsEntry(pk, SET_MULTIMAP, k, data("b"))).isFalse();
        assertThat(multiMaps.valueCount(pk, SET_MULTIMAP, data("none"))).isZero();
    }

    @Test
    void viewsListEveryKeyOnceAndEveryValueWithItsKey() {
        fx.put(LIST_MULTIMAP, "k", "a");
        fx.put(LIST_MULTIMAP, "k", "a");
        fx.put(LIST_MULTIMAP, "j", "b");

        assertThat(multiMaps.keySet(LIST_MULTIMAP)).containsExactlyInAnyOrder(data("k"), data("j"));
        assertThat(multiMaps.values(LIST_MULTIMAP)).containsExactlyInAnyOrder(data("a"), data("a"), data("b"));
        assertThat(multiMaps.entrySet(LIST_MULTIMAP)).containsExactlyInAnyOrder(entry(data("k"), data("a")),
                entry(data("k"), data("a")), entry(data("j"), data("b")));
        assertThat(multiMaps.size(LIST_MULTIMAP)).isEqualTo(3);
    }

    @Test
    void eventsAs312WithAndWithoutValues() {
        List<MapEntryEvent> withValues = fx.listen(SET_MULTIMAP, null, true);
        List<MapEntryEvent> withoutValues = fx.listen(SET_MULTIMAP, null, false);

        fx.put(SET_MULTIMAP, "k", "a");
        fx.put(SET_MULTIMAP, "k", "a");
        fx.put(SET_MULTIMAP, "k", "b");
        MultiMapFixture.<List<Data>>now(reply -> multiMaps.remove(pk, SET_MULTIMAP, k, ALICE, reply));
        fx.put(SET_MULTIMAP, "k", "c");
        MultiMapFixture.<Boolean>now(reply -> multiMaps.removeEntry(pk, SET_MULTIMAP, k, data("c"), ALICE, reply));

        assertThat(withValues).extracting(MapEntryEvent::type, MapEntryEvent::key, MapEntryEvent::value,
                MapEntryEvent::oldValue).containsExactly(
                        tuple(EntryEventType.ADDED, k, data("a"), null),
                        tuple(EntryEventType.ADDED, k, data("b"), null),
                        tuple(EntryEventType.REMOVED, k, null, data("a")),
                        tuple(EntryEventType.REMOVED, k, null, data("b")),
                        tuple(EntryEventType.ADDED, k, data("c"), null),
                        tuple(EntryEventType.REMOVED, k, null, data("c")));
        assertThat(withoutValues).hasSize(6).allSatisfy(event -> {
            assertThat(event.value()).isNull();
            assertThat(event.oldValue()).isNull();
            assertThat(event.partitionId()).isEqualTo(pk);
        });
    }

    @Test
    void deletePublishesNothingAndClearOneEventCountingKeys() {
        fx.put(SET_MULTIMAP, "k", "a");
        fx.put(SET_MULTIMAP, "k", "b");
        fx.put(SET_MULTIMAP, "j", "c");
        fx.put(SET_MULTIMAP, "gone", "d");
        List<MapEntryEvent> heard = fx.listen(SET_MULTIMAP, "k", true);

        Data gone = data("gone");
        multiMaps.delete(partitionOf(gone), SET_MULTIMAP, gone);
        multiMaps.clear(SET_MULTIMAP);
        multiMaps.clear(SET_MULTIMAP);

        assertThat(heard).extracting(MapEntryEvent::type, MapEntryEvent::numberOfAffectedEntries,
                MapEntryEvent::partitionId).containsExactly(
                        tuple(EntryEventType.CLEAR_ALL, 2, -1),
                        tuple(EntryEventType.CLEAR_ALL, 0, -1));
        assertThat(multiMaps.size(SET_MULTIMAP)).isZero();
    }

    @Test
    void aKeyListenerHearsItsKeyOnly() {
        List<MapEntryEvent> heard = fx.listen(SET_MULTIMAP, "k", true);

        fx.put(SET_MULTIMAP, "j", "a");
        fx.put(SET_MULTIMAP, "k", "b");

        assertThat(heard).extracting(MapEntryEvent::key).containsExactly(k);
    }

    @Test
    void clearKeepsLockedKeys() {
        fx.put(SET_MULTIMAP, "k", "a");
        fx.put(SET_MULTIMAP, "j", "b");
        fx.lock(SET_MULTIMAP, "k", ALICE, -1, 1);

        multiMaps.clear(SET_MULTIMAP);

        assertThat(multiMaps.keySet(SET_MULTIMAP)).containsExactly(k);
    }

    @Test
    void removedListenersHearNothingMore() {
        List<MapEntryEvent> heard = new CopyOnWriteArrayList<>();
        String registration = multiMaps.addEntryListener(SET_MULTIMAP, null, true, heard::add);

        assertThat(multiMaps.removeEntryListener(SET_MULTIMAP, registration)).isTrue();
        assertThat(multiMaps.removeEntryListener(SET_MULTIMAP, registration)).isFalse();
        fx.put(SET_MULTIMAP, "k", "a");

        assertThat(heard).isEmpty();
    }

    @Test
    void collectionTypesFollowTheNamePatterns() {
        MultiMapSettings settings = new MultiMapSettings(Map.of("list-*", ValueCollectionType.LIST,
                "default", ValueCollectionType.SET, "exact", ValueCollectionType.LIST));

        assertThat(MultiMapSettings.DEFAULTS.collectionTypeOf("any")).isEqualTo(ValueCollectionType.SET);
        assertThat(settings.collectionTypeOf("list-1")).isEqualTo(ValueCollectionType.LIST);
        assertThat(settings.collectionTypeOf("exact@partition-key")).isEqualTo(ValueCollectionType.LIST);
        assertThat(settings.collectionTypeOf("other")).isEqualTo(ValueCollectionType.SET);
    }
}
