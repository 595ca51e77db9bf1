package io.alder.member.map;

import static io.alder.member.map.MapFixture.MAP;
import static io.alder.member.map.MapFixture.data;
import static io.alder.member.map.MapFixture.keysOfOnePartition;
import static io.alder.member.map.MapFixture.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapIterationTest {

    private final MapFixture fx = new MapFixture();
    private final MapService maps = fx.maps;
    private final List<Data> keys = keysOfOnePartition(25);
    private final int partition = partitionOf(keys.get(0));

    @Test
    void fetchKeysWalksThePartitionInBatches() {
        keys.forEach(key -> fx.put(key, data("v")));

        List<Data> seen = new ArrayList<>();
        int cursor = Integer.MAX_VALUE;
        int batches = 0;
        while (cursor >= 0) {
            IterationBatch<Data> batch = maps.fetchKeys(partition, MAP, cursor, 10);
            assertThat(batch.items()).hasSizeLessThanOrEqualTo(10);
            seen.addAll(batch.items());
            cursor = batch.nextTableIndex();
            batches++;
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(batches).isEqualTo(3);
    }

    @Test
    void fetchEntriesCarriesTheValues() {
        keys.forEach(key -> fx.put(key, data("value of " + keys.indexOf(key))));

        IterationBatch<Map.Entry<Data, Data>> batch = maps.fetchEntries(partition, MAP, Integer.MAX_VALUE, 100);

        assertThat(batch.nextTableIndex()).isNegative();
        assertThat(batch.items()).hasSize(25).contains(Map.entry(keys.get(3), data("value of 3")));
    }

    @Test
    void aCursorSurvivesChangesBetweenBatches() {
        keys.subList(0, 20).forEach(key -> fx.put(key, data("v")));
        IterationBatch<Data> first = maps.fetchKeys(partition, MAP, Integer.MAX_VALUE, 5);
        Data removedLater = keys.stream().filter(key -> !first.items().contains(key)).findFirst().orElseThrow();

        fx.remove(removedLater);
        fx.put(keys.get(20), data("added during the iteration"));
        List<Data> seen = new ArrayList<>(first.items());
        int cursor = first.nextTableIndex();
        while (cursor >= 0) {
            IterationBatch<Data> batch = maps.fetchKeys(partition, MAP, cursor, 5);
            seen.addAll(batch.items());
            cursor = batch.nextTableIndex();
        }

        List<Data> presentThroughout = new ArrayList<>(keys.subList(0, 20));
        presentThroughout.remove(removedLater);
        assertThat(seen).doesNotHaveDuplicates().containsAll(presentThroughout).doesNotContain(removedLater);
    }

    @Test
    void anEmptyOrUnknownPartitionEndsAtOnce() {
        assertThat(maps.fetchKeys(partition, "no-such-map", Integer.MAX_VALUE, 10))
                .isEqualTo(new IterationBatch<>(-1, List.of()));
        fx.put(keys.get(0), data("v"));
        fx.remove(keys.get(0));
        assertThat(maps.fetchEntries(partition, MAP, Integer.MAX_VALUE, 10).items()).isEmpty();
    }

    @Test
    void expiredEntriesAreSkipped() {
        fx.put(keys.get(0), data("short-lived"), 1_000, -1);
        fx.put(keys.get(1), data("lasting"));

        fx.time.advance(999);
        assertThat(maps.fetchKeys(partition, MAP, Integer.MAX_VALUE, 10).items()).hasSize(2);
        fx.time.advance(1);
        assertThat(maps.fetchKeys(partition, MAP, Integer.MAX_VALUE, 10).items()).containsExactly(keys.get(1));
    }

    @Test
    void theBatchSizeMustBePositive() {
        assertThatThrownBy(() -> maps.fetchKeys(partition, MAP, Integer.MAX_VALUE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch size: 0 (expected: >= 1)");
    }
}
