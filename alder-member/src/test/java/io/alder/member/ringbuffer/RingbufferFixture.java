package io.alder.member.ringbuffer;

import io.alder.member.CallerId;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.Reply;
import io.alder.member.queue.QueueSettings;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An engine on manual time whose ringbuffers named {@code small*} hold 3 items and {@code short-lived*}
 * 3 items for 10 s, two clients, and shortcuts for one ringbuffer's calls.
 */
final class RingbufferFixture {

    static final int PARTITIONS = 271;
    static final long START = 1_700_000_000_000L;
    static final Duration CLIENT_CLEANUP_DELAY = Duration.ofSeconds(60);
    static final CallerId ALICE = new CallerId("client-alice", 0);
    static final CallerId BOB = new CallerId("client-bob", 0);
    static final RingbufferConfigs CONFIGS = new RingbufferConfigs(Map.of(
            "small*", RingbufferConfig.DEFAULT.withCapacity(3),
            "short-lived*", RingbufferConfig.DEFAULT.withCapacity(3).withTimeToLiveSeconds(10)));

    final ManualScheduler time = new ManualScheduler(START);
    final Engine engine = new Engine(new EngineSettings(PARTITIONS, CLIENT_CLEANUP_DELAY, QueueSettings.DEFAULTS, CONFIGS),
            time, time);
    final RingbufferService ringbuffers = engine.ringbuffers();

    static int partitionOf(String name) {
        return Partitions.partitionIdOfName(name, PARTITIONS);
    }

    /** The serialized string {@code "item-i"}. */
    static Data item(int i) {
        return Strings.toData("item-" + i);
    }

    long add(String name, int item, OverflowPolicy policy) {
        return ringbuffers.add(partitionOf(name), name, item(item), policy);
    }

    /** Adds items {@code from..to} one by one, overwriting. */
    void addRange(String name, int from, int to) {
        for (int i = from; i <= to; i++) {
            add(name, i, OverflowPolicy.OVERWRITE);
        }
    }

    long addAll(String name, List<Data> items, OverflowPolicy policy) {
        return ringbuffers.addAll(partitionOf(name), name, items, policy);
    }

    long head(String name) {
        return ringbuffers.headSequence(partitionOf(name), name);
    }

    long tail(String name) {
        return ringbuffers.tailSequence(partitionOf(name), name);
    }

    long size(String name) {
        return ringbuffers.size(partitionOf(name), name);
    }

    long remainingCapacity(String name) {
        return ringbuffers.remainingCapacity(partitionOf(name), name);
    }

    Reply<Data> readOne(String name, long sequence, CallerId caller) {
        Reply<Data> reply = new Reply<>();
        ringbuffers.readOne(partitionOf(name), name, sequence, caller, reply);
        return reply;
    }

    Reply<ReadResult> readMany(String name, long start, int minCount, int maxCount, CallerId caller) {
        Reply<ReadResult> reply = new Reply<>();
        ringbuffers.readMany(partitionOf(name), name, start, minCount, maxCount, caller, reply);
        return reply;
    }

    /** The items {@code from..to} as a read returns them. */
    static ReadResult items(int from, int to) {
        List<Data> items = new ArrayList<>();
        long[] sequences = new long[to - from + 1];
        for (int i = from; i <= to; i++) {
            items.add(item(i));
            sequences[i - from] = i;
        }
        return new ReadResult(items.size(), items, sequences);
    }

    /** Opens and closes the client's only connection: it disconnects, and is gone once the cleanup delay passed. */
    void clientLeaves(String clientUuid) {
        engine.clientSessions().connectionOpened(clientUuid);
        engine.clientSessions().connectionClosed(clientUuid);
    }
}
