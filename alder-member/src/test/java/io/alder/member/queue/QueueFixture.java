package io.alder.member.queue;

import static io.alder.member.TestItems.data;
import static io.alder.member.TestItems.text;
import static io.alder.member.TestItems.texts;

import io.alder.member.CallerId;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.Reply;
import io.alder.member.ringbuffer.RingbufferConfigs;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An engine on manual time whose queues named {@code bounded-*} hold {@link #CAPACITY} items, two clients,
 * and shortcuts for one queue's calls with items written as strings.
 */
final class QueueFixture {

    static final int PARTITIONS = 271;
    static final int CAPACITY = 3;
    static final long START = 1_700_000_000_000L;
    static final Duration CLIENT_CLEANUP_DELAY = Duration.ofSeconds(60);
    static final long FOREVER = -1;
    static final long NO_WAIT = 0;
    static final CallerId ALICE = new CallerId("client-alice", 0);
    static final CallerId BOB = new CallerId("client-bob", 0);

    final ManualScheduler time = new ManualScheduler(START);
    final Engine engine = new Engine(new EngineSettings(PARTITIONS, CLIENT_CLEANUP_DELAY,
            new QueueSettings(Map.of("bounded-*", CAPACITY)), RingbufferConfigs.NONE), time, time);
    final QueueService queues = engine.queues();

    static int partitionOf(String name) {
        return Partitions.partitionIdOfName(name, PARTITIONS);
    }

    /** Starts an offer that may have to wait. */
    Reply<Boolean> offer(String queue, String item, long timeoutMillis, CallerId caller) {
        Reply<Boolean> reply = new Reply<>();
        queues.offer(partitionOf(queue), queue, data(item), timeoutMillis, caller, reply);
        return reply;
    }

    /** Offers without waiting and returns whether the item was added. */
    boolean offer(String queue, String item) {
        return offer(queue, item, NO_WAIT, ALICE).value();
    }

    /** Starts a poll that may have to wait. */
    Reply<Data> poll(String queue, long timeoutMillis, CallerId caller) {
        Reply<Data> reply = new Reply<>();
        queues.poll(partitionOf(queue), queue, timeoutMillis, caller, reply);
        return reply;
    }

    /** Polls without waiting and returns the item, or null. */
    String poll(String queue) {
        return text(poll(queue, NO_WAIT, ALICE).value());
    }

    List<String> snapshot(String queue) {
        return texts(queues.snapshot(partitionOf(queue), queue));
    }

    int size(String queue) {
        return queues.size(partitionOf(queue), queue);
    }

    /** Opens and closes the client's only connection: it counts as gone once the cleanup delay has passed. */
    void clientLeaves(String clientUuid) {
        engine.clientSessions().connectionOpened(clientUuid);
        engine.clientSessions().connectionClosed(clientUuid);
    }
}
