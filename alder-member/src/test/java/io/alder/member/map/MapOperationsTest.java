package io.alder.member.map;

import static io.alder.member.map.MapFixture.ALICE;
import static io.alder.member.map.MapFixture.BOB;
import static io.alder.member.map.MapFixture.MAP;
import static io.alder.member.map.MapFixture.PARTITIONS;
import static io.alder.member.map.MapFixture.data;
import static io.alder.member.map.MapFixture.entry;
import static io.alder.member.map.MapFixture.keysOfOnePartition;
import static io.alder.member.map.MapFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.Reply;
import io.alder.member.UnsupportedFeatureException;
import io.alder.serialization.Data;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MapOperationsTest {

    private final MapFixture fx = new MapFixture();
    private final MapService maps = fx.maps;
    private final Data k = data("k");
    private final int pk = partitionOf(k);

    @Test
    void putAnswersThePreviousValueAndGetTheCurrentOne() {
        assertThat(fx.put(k, data("v1"))).isNull();
        assertThat(fx.put(k, data("v2"))).isEqualTo(data("v1"));
        assertThat(fx.get(k)).isEqualTo(data("v2"));
        assertThat(fx.get(data("missing"))).isNull();
        assertThat(maps.get(pk, "no-such-map", k)).isNull();
    }

    @Test
    void keysAreEqualByTheirBytes() {
        fx.put(Data.wrap(data("k").bytes().clone()), data("v"));

        assertThat(fx.get(Data.wrap(data("k").bytes().clone()))).isEqualTo(data("v"));
    }

    @Test
    void setAndPutTransientStoreTheValue() {
        this.<Void>now(reply -> maps.set(pk, MAP, k, data("v1"), -1, -1, ALICE, reply));
        assertThat(fx.get(k)).isEqualTo(data("v1"));

        this.<Void>now(reply -> maps.putTransient(pk, MAP, k, data("v2"), -1, -1, ALICE, reply));
        assertThat(fx.get(k)).isEqualTo(data("v2"));
    }

    @Test
    void putIfAbsentKeepsAPresentValue() {
        assertThat(this.<Data>now(reply -> maps.putIfAbsent(pk, MAP, k, data("v1"), -1, -1, ALICE, reply))).isNull();
        assertThat(this.<Data>now(reply -> maps.putIfAbsent(pk, MAP, k, data("v2"), -1, -1, ALICE, reply)))
                .isEqualTo(data("v1"));
        assertThat(fx.get(k)).isEqualTo(data("v1"));
    }

    @Test
    void replaceOnlyTouchesPresentEntries() {
        assertThat(this.<Data>now(reply -> maps.replace(pk, MAP, k, data("v1"), ALICE, reply))).isNull();
        assertThat(maps.containsKey(pk, MAP, k)).isFalse();

        fx.put(k, data("v1"));
        assertThat(this.<Data>now(reply -> maps.replace(pk, MAP, k, data("v2"), ALICE, reply))).isEqualTo(data("v1"));
        assertThat(fx.get(k)).isEqualTo(data("v2"));
    }

    @Test
    void replaceIfSameComparesTheCurrentValue() {
        fx.put(k, data("v1"));

        assertThat(this.<Boolean>now(reply -> maps.replaceIfSame(pk, MAP, k, data("other"), data("v2"), ALICE, reply)))
                .isFalse();
        assertThat(this.<Boolean>now(reply -> maps.replaceIfSame(pk, MAP, k, data("v1"), data("v2"), ALICE, reply)))
                .isTrue();
        assertThat(fx.get(k)).isEqualTo(data("v2"));
        assertThat(this.<Boolean>now(reply -> maps.replaceIfSame(pk, MAP, data("absent"), data("v1"), data("v2"),
                ALICE, reply))).isFalse();
    }

    @Test
    void removeAnswersTheRemovedValue() {
        fx.put(k, data("v"));

        assertThat(fx.remove(k)).isEqualTo(data("v"));
        assertThat(fx.remove(k)).isNull();
        assertThat(fx.get(k)).isNull();
    }

    @Test
    void deleteRemovesWithoutAnswer() {
        fx.put(k, data("v"));

        this.<Void>now(reply -> maps.delete(pk, MAP, k, ALICE, reply));

        assertThat(maps.containsKey(pk, MAP, k)).isFalse();
    }

    @Test
    void removeIfSameComparesTheCurrentValue() {
        fx.put(k, data("v"));

        assertThat(this.<Boolean>now(reply -> maps.removeIfSame(pk, MAP, k, data("other"), ALICE, reply))).isFalse();
        assertThat(fx.get(k)).isEqualTo(data("v"));
        assertThat(this.<Boolean>now(reply -> maps.removeIfSame(pk, MAP, k, data("v"), ALICE, reply))).isTrue();
        assertThat(fx.get(k)).isNull();
    }

    @Test
    void tryPutAndTryRemoveOnUnlockedKeys() {
        assertThat(this.<Boolean>now(reply -> maps.tryPut(pk, MAP, k, data("v"), 100, ALICE, reply))).isTrue();
        assertThat(fx.get(k)).isEqualTo(data("v"));

        assertThat(this.<Boolean>now(reply -> maps.tryRemove(pk, MAP, k, 100, ALICE, reply))).isTrue();
        assertThat(this.<Boolean>now(reply -> maps.tryRemove(pk, MAP, k, 100, ALICE, reply))).isFalse();
    }

    @Test
    void containsKeyAndContainsValue() {
        fx.put(k, data("v"));

        assertThat(maps.containsKey(pk, MAP, k)).isTrue();
        assertThat(maps.containsKey(pk, MAP, data("other"))).isFalse();
        assertThat(maps.containsValue(MAP, data("v"))).isTrue();
        assertThat(maps.containsValue(MAP, data("w"))).isFalse();
        assertThat(maps.containsValue("no-such-map", data("v"))).isFalse();
    }

    @Test
    void putAllAndGetAllWorkOnOnePartition() {
        List<Data> keys = keysOfOnePartition(4);
        int partition = partitionOf(keys.get(0));
        List<Map.Entry<Data, Data>> entries = List.of(Map.entry(keys.get(0), data("a")),
                Map.entry(keys.get(1), data("b")), Map.entry(keys.get(2), data("c")));

        maps.putAll(partition, MAP, entries);

        assertThat(maps.getAll(partition, MAP, keys)).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(maps.getAll(partition, "no-such-map", keys)).isEmpty();
    }

    @Test
    void mapWideReadsVisitEveryPartition() {
        for (int i = 0; i < 100; i++) {
            fx.put(data("key-" + i), data("value-" + i));
        }

        assertThat(maps.size(MAP)).isEqualTo(100);
        assertThat(maps.isEmpty(MAP)).isFalse();
        assertThat(maps.keySet(MAP)).hasSize(100).contains(data("key-0"), data("key-99"));
        assertThat(maps.values(MAP)).hasSize(100).contains(data("value-0"), data("value-99"));
        assertThat(maps.entrySet(MAP)).hasSize(100).contains(entry("key-42", "value-42"));
        assertThat(maps.size("no-such-map")).isZero();
        assertThat(maps.isEmpty("no-such-map")).isTrue();
    }

    @Test
    void clearAndEvictAllKeepLockedEntries() {
        fx.put(data("a"), data("1"));
        fx.put(data("b"), data("2"));
        fx.put(data("c"), data("3"));
        fx.lock(data("a"), BOB, -1, 1);

        maps.clear(MAP);
        assertThat(maps.keySet(MAP)).containsExactly(data("a"));

        fx.put(data("b"), data("2"));
        maps.evictAll(MAP);
        assertThat(maps.keySet(MAP)).containsExactly(data("a"));
        assertThat(fx.isLocked(data("a"))).isTrue();
    }

    @Test
    void evictRemovesOneEntry() {
        fx.put(k, data("v"));

        assertThat(this.<Boolean>now(reply -> maps.evict(pk, MAP, k, ALICE, reply))).isTrue();
        assertThat(this.<Boolean>now(reply -> maps.evict(pk, MAP, k, ALICE, reply))).isFalse();
        assertThat(fx.get(k)).isNull();
    }

    @Test
    void storeOperationsChangeNothingWithoutAStore() {
        fx.put(k, data("v"));

        maps.flush(MAP);
        assertThatThrownBy(() -> maps.loadAll(MAP, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("First you should configure a map store");
        assertThatThrownBy(() -> maps.loadGivenKeys(MAP, List.of(k), false))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(maps.entrySet(MAP)).containsExactly(Map.entry(k, data("v")));
    }

    @Test
    void partitionIdsOutOfRangeAreRejected() {
        assertThatThrownBy(() -> maps.get(-1, MAP, k)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partition id: -1 (expected: 0..270)");
        assertThatThrownBy(() -> maps.put(PARTITIONS, MAP, k, data("v"), -1, -1, ALICE, new Reply<>()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partition id: 271 (expected: 0..270)");
    }

    @Test
    void destroyingTheMapDropsItsData() {
        fx.put(k, data("v"));
        fx.lock(data("locked"), BOB, -1, 1);

        fx.engine.distributedObjects().destroy(MapService.SERVICE_NAME, MAP);

        assertThat(maps.size(MAP)).isZero();
        assertThat(fx.get(k)).isNull();
        assertThat(fx.isLocked(data("locked"))).isFalse();
    }

    @Test
    void unsupportedFeaturesSayWhat() {
        assertThat(UnsupportedMapFeature.ENTRY_PROCESSORS.exception())
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageStartingWith("IMap entry processors are not supported by Alder yet");
        assertThat(UnsupportedMapFeature.EVENT_JOURNAL.exception())
                .hasMessageStartingWith("The IMap event journal is not supported by Alder yet");
    }

    private <T> T now(Consumer<Reply<T>> operation) {
        return MapFixture.now(operation);
    }
}
