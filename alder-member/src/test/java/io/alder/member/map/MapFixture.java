package io.alder.member.map;

import io.alder.member.CallerId;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.Reply;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * An engine on manual time with map "m", two callers, String keys and values, and shortcuts for calls
 * that must complete at once.
 */
final class MapFixture {

    static final int PARTITIONS = 271;
    static final String MAP = "m";
    static final long START = 1_700_000_000_000L;
    static final Duration CLIENT_CLEANUP_DELAY = Duration.ofSeconds(60);
    static final CallerId ALICE = new CallerId("client-alice", 1);
    static final CallerId ALICE_2 = new CallerId("client-alice", 2);
    static final CallerId BOB = new CallerId("client-bob", 1);

    final ManualScheduler time = new ManualScheduler(START);
    final Engine engine = new Engine(new EngineSettings(PARTITIONS, CLIENT_CLEANUP_DELAY), time, time);
    final MapService maps = engine.maps();

    static Data data(String text) {
        return Strings.toData(text);
    }

    static int partitionOf(Data key) {
        return Partitions.partitionId(key, PARTITIONS);
    }

    /** Keys that all live in one partition, for operations that take keys of one partition. */
    static List<Data> keysOfOnePartition(int count) {
        int partition = partitionOf(data("key-0"));
        return IntStream.iterate(0, i -> i + 1)
                .mapToObj(i -> data("key-" + i))
                .filter(key -> partitionOf(key) == partition)
                .limit(count)
                .toList();
    }

    /** Runs an operation that must complete at once and returns its result. */
    static <T> T now(Consumer<Reply<T>> operation) {
        Reply<T> reply = new Reply<>();
        operation.accept(reply);
        return reply.value();
    }

    Data put(Data key, Data value) {
        return put(key, value, -1, -1);
    }

    Data put(Data key, Data value, long ttl, long maxIdle) {
        return now(reply -> maps.put(partitionOf(key), MAP, key, value, ttl, maxIdle, ALICE, reply));
    }

    Data get(Data key) {
        return maps.get(partitionOf(key), MAP, key);
    }

    EntryView view(Data key) {
        return maps.getEntryView(partitionOf(key), MAP, key);
    }

    Data remove(Data key) {
        return now(reply -> maps.remove(partitionOf(key), MAP, key, ALICE, reply));
    }

    void lock(Data key, CallerId caller, long leaseMillis, long referenceId) {
        MapFixture.<Void>now(reply -> maps.lock(partitionOf(key), MAP, key, caller, leaseMillis, referenceId, reply));
    }

    void unlock(Data key, CallerId caller, long referenceId) {
        maps.unlock(partitionOf(key), MAP, key, caller, referenceId);
    }

    boolean isLocked(Data key) {
        return maps.isLocked(partitionOf(key), MAP, key);
    }

    /** Registers a listener on map "m" that records what it hears. */
    List<MapEntryEvent> listen(Data key, int flags, boolean includeValue) {
        List<MapEntryEvent> heard = new CopyOnWriteArrayList<>();
        maps.addEntryListener(MAP, key, flags, includeValue, heard::add);
        return heard;
    }

    static int all() {
        int flags = 0;
        for (EntryEventType type : EntryEventType.values()) {
            flags |= type.flag();
        }
        return flags;
    }

    static Map.Entry<Data, Data> entry(String key, String value) {
        return Map.entry(data(key), data(value));
    }
}
