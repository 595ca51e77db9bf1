package io.alder.member.multimap;

import io.alder.member.CallerId;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.Reply;
import io.alder.member.map.MapEntryEvent;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An engine on manual time whose multimaps named {@value #LIST_PATTERN} keep LISTs of values and the others
 * SETs, two callers, String keys and values, and shortcuts for calls that must complete at once.
 */
final class MultiMapFixture {

    static final int PARTITIONS = 271;
    static final String SET_MULTIMAP = "tags";
    static final String LIST_PATTERN = "list-*";
    static final String LIST_MULTIMAP = "list-tags";
    static final Duration CLIENT_CLEANUP_DELAY = Duration.ofSeconds(60);
    static final CallerId ALICE = new CallerId("client-alice", 1);
    static final CallerId ALICE_2 = new CallerId("client-alice", 2);
    static final CallerId BOB = new CallerId("client-bob", 1);

    final ManualScheduler time = new ManualScheduler(1_700_000_000_000L);
    final Engine engine = new Engine(new EngineSettings(PARTITIONS, CLIENT_CLEANUP_DELAY)
            .withMultiMaps(new MultiMapSettings(Map.of(LIST_PATTERN, ValueCollectionType.LIST))), time, time);
    final MultiMapService multiMaps = engine.multiMaps();

    static Data data(String text) {
        return Strings.toData(text);
    }

    static int partitionOf(Data key) {
        return Partitions.partitionId(key, PARTITIONS);
    }

    /** Runs an operation that must complete at once and returns its result. */
    static <T> T now(Consumer<Reply<T>> operation) {
        Reply<T> reply = new Reply<>();
        operation.accept(reply);
        return reply.value();
    }

    boolean put(String name, String key, String value) {
        return put(name, key, value, ALICE);
    }

    boolean put(String name, String key, String value, CallerId caller) {
        Data keyData = data(key);
        return now(reply -> multiMaps.put(partitionOf(keyData), name, keyData, data(value), caller, reply));
    }

    List<Data> get(String name, String key) {
        Data keyData = data(key);
        return multiMaps.get(partitionOf(keyData), name, keyData);
    }

    void lock(String name, String key, CallerId caller, long leaseMillis, long referenceId) {
        Data keyData = data(key);
        MultiMapFixture.<Void>now(reply -> multiMaps.lock(partitionOf(keyData), name, keyData, caller, leaseMillis,
                referenceId, reply));
    }

    void unlock(String name, String key, CallerId caller, long referenceId) {
        Data keyData = data(key);
        multiMaps.unlock(partitionOf(keyData), name, keyData, caller, referenceId);
    }

    boolean isLocked(String name, String key) {
        Data keyData = data(key);
        return multiMaps.isLocked(partitionOf(keyData), name, keyData);
    }

    /** Registers a listener on the multimap that records what it hears. */
    List<MapEntryEvent> listen(String name, String key, boolean includeValue) {
        List<MapEntryEvent> heard = new CopyOnWriteArrayList<>();
        multiMaps.addEntryListener(name, key == null ? null : data(key), includeValue, heard::add);
        return heard;
    }

    static List<Data> values(String... texts) {
        return Arrays.stream(texts).map(MultiMapFixture::data).toList();
    }
}
