package io.alder.member.collection;

import static io.alder.member.TestItems.texts;

import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.MaxSizes;
import io.alder.serialization.Partitions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** An engine whose sets and lists named {@code bounded-*} hold {@link #CAPACITY} items, read as strings. */
final class CollectionFixture {

    static final int PARTITIONS = 271;
    static final int CAPACITY = 3;
    private static final String BOUNDED = "bounded-*";

    final ManualScheduler time = new ManualScheduler(1_700_000_000_000L);
    final Engine engine = new Engine(new EngineSettings(PARTITIONS, Duration.ofSeconds(60))
            .withSets(new MaxSizes("set", Map.of(BOUNDED, CAPACITY)))
            .withLists(new MaxSizes("list", Map.of(BOUNDED, CAPACITY))), time, time);
    final SetService sets = engine.sets();
    final ListService lists = engine.lists();

    static int partitionOf(String name) {
        return Partitions.partitionIdOfName(name, PARTITIONS);
    }

    List<String> setItems(String name) {
        return texts(sets.getAll(partitionOf(name), name));
    }

    List<String> listItems(String name) {
        return texts(lists.getAll(partitionOf(name), name));
    }
}
