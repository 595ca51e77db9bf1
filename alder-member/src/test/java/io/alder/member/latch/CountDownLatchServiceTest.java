package io.alder.member.latch;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.MemberStoppingException;
import io.alder.member.ObjectDestroyedException;
import io.alder.member.Reply;
import io.alder.serialization.Partitions;
import org.junit.jupiter.api.Test;

/** Count-down latches: setting and counting down, and awaits that are parked, released, timed out or failed. */
class CountDownLatchServiceTest {

    private static final String NAME = "latch";
    private static final int P = Partitions.partitionIdOfName(NAME, 271);
    private static final long FOREVER = -1;

    private final ManualScheduler time = new ManualScheduler(0);
    private final Engine engine = new Engine(EngineSettings.DEFAULTS, time, time);
    private final CountDownLatchService latches = engine.countDownLatches();

    @Test
    void trySetCountOnlySetsAPositiveCountOnALatchAtZero() {
        assertThat(latches.getCount(P, NAME)).isZero();
        assertThat(latches.trySetCount(P, NAME, 0)).isFalse();
        assertThat(latches.trySetCount(P, NAME, -1)).as("3.12 answers false, not an error").isFalse();

        assertThat(latches.trySetCount(P, NAME, 2)).isTrue();
        assertThat(latches.trySetCount(P, NAME, 5)).isFalse();
        assertThat(latches.getCount(P, NAME)).isEqualTo(2);
    }

    @Test
    void countDownStopsAtZeroAndTheLatchCanBeSetAgain() {
        latches.trySetCount(P, NAME, 2);

        latches.countDown(P, NAME);
        assertThat(latches.getCount(P, NAME)).isEqualTo(1);
        latches.countDown(P, NAME);
        latches.countDown(P, NAME);
        assertThat(latches.getCount(P, NAME)).isZero();
        assertThat(latches.trySetCount(P, NAME, 1)).isTrue();
    }

    @Test
    void awaitOnALatchAtZeroIsTrueAtOnce() {
        assertThat(await(0).value()).isTrue();
        assertThat(await(FOREVER).value()).isTrue();
    }

    @Test
    void awaitWaitsUntilTheCountReachesZero() {
        latches.trySetCount(P, NAME, 2);
        int engineTasks = time.pendingTasks();
        Reply<Boolean> forever = await(FOREVER);
        Reply<Boolean> withTimeout = await(10_000);

        latches.countDown(P, NAME);
        assertThat(forever.isDone()).isFalse();
        latches.countDown(P, NAME);

        assertThat(forever.value()).isTrue();
        assertThat(withTimeout.value()).isTrue();
        assertThat(forever.endedOn()).as("answered by the thread that counted down").isSameAs(Thread.currentThread());
        assertThat(time.pendingTasks()).as("the timeout was cancelled").isEqualTo(engineTasks);
    }

    @Test
    void awaitIsFalseWhenItsTimeoutPassesFirst() {
        latches.trySetCount(P, NAME, 1);

        assertThat(await(0).value()).as("a zero timeout does not wait").isFalse();
        Reply<Boolean> waiting = await(500);
        time.advance(499);
        assertThat(waiting.isDone()).isFalse();
        time.advance(1);

        assertThat(waiting.value()).isFalse();
        latches.countDown(P, NAME);
        assertThat(waiting.value()).as("answered once").isFalse();
    }

    @Test
    void theAwaitsOfAClientAreDroppedAsSoonAsItDisconnects() {
        latches.trySetCount(P, NAME, 1);
        Reply<Boolean> alices = await("client-alice", FOREVER);
        Reply<Boolean> bobs = await("client-bob", FOREVER);

        engine.clientSessions().connectionOpened("client-alice");
        engine.clientSessions().connectionClosed("client-alice");

        assertThat(alices.failure()).isInstanceOf(IllegalStateException.class)
                .hasMessage("Client client-alice disconnected");
        assertThat(bobs.isDone()).isFalse();
        latches.countDown(P, NAME);
        assertThat(bobs.value()).isTrue();
    }

    @Test
    void destroyingALatchFailsItsAwaitsAndSetsItToZero() {
        latches.trySetCount(P, NAME, 3);
        Reply<Boolean> waiting = await(FOREVER);

        engine.distributedObjects().destroy(CountDownLatchService.SERVICE_NAME, NAME);

        assertThat(waiting.failure()).isInstanceOf(ObjectDestroyedException.class);
        assertThat(latches.getCount(P, NAME)).isZero();
    }

    @Test
    void shuttingDownFailsEveryAwait() {
        latches.trySetCount(P, NAME, 1);
        Reply<Boolean> waiting = await(FOREVER);

        engine.shutdown();

        assertThat(waiting.failure()).isInstanceOf(MemberStoppingException.class);
    }

    private Reply<Boolean> await(long timeoutMillis) {
        return await("client-alice", timeoutMillis);
    }

    private Reply<Boolean> await(String clientUuid, long timeoutMillis) {
        Reply<Boolean> reply = new Reply<>();
        latches.await(P, NAME, clientUuid, timeoutMillis, reply);
        return reply;
    }
}
