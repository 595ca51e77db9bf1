package io.alder.member.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.CallerId;
import io.alder.member.ManualScheduler;
import io.alder.member.Reply;
import io.alder.serialization.Strings;
import org.junit.jupiter.api.Test;

class ParkedAttemptTest {

    private static final CallerId CALLER = new CallerId("client", 1);
    private static final WaitKey KEY = new WaitKey("service", "object", Strings.toData("k"));

    private final ManualScheduler time = new ManualScheduler(0);
    private final Partition partition = new PartitionTable(1, time).get(0);
    private boolean mayProceed;

    @Test
    void anAttemptThatCanProceedCompletesAtOnceWithoutParking() {
        Reply<String> reply = new Reply<>();

        ParkedAttempt.runOrPark(partition, KEY, CALLER, -1, "timed out", () -> "done", reply);

        assertThat(reply.value()).isEqualTo("done");
        assertThat(partition.parkedCount()).isZero();
    }

    @Test
    void aZeroTimeoutAnswersTheTimeoutResultInsteadOfWaiting() {
        Reply<String> reply = new Reply<>();

        ParkedAttempt.runOrPark(partition, KEY, CALLER, 0, "timed out", this::attempt, reply);

        assertThat(reply.value()).isEqualTo("timed out");
        assertThat(partition.parkedCount()).isZero();
    }

    @Test
    void aWaitingAttemptIsRetriedWhenItsKeyIsWoken() {
        Reply<String> reply = new Reply<>();
        ParkedAttempt.runOrPark(partition, KEY, CALLER, 1_000, "timed out", this::attempt, reply);
        assertThat(partition.parkedCount()).isEqualTo(1);

        mayProceed = true;
        partition.lock();
        partition.wake("service", "object", KEY.key());
        partition.unlock();

        assertThat(reply.value()).isEqualTo("done");
        time.advance(1_000);
        assertThat(reply.value()).as("its timeout was cancelled").isEqualTo("done");
    }

    @Test
    void aWaitingAttemptEndsWithTheTimeoutResult() {
        Reply<String> reply = new Reply<>();
        ParkedAttempt.runOrPark(partition, KEY, CALLER, 1_000, "timed out", this::attempt, reply);

        time.advance(1_000);

        assertThat(reply.value()).isEqualTo("timed out");
        assertThat(partition.parkedCount()).isZero();
    }

    @Test
    void aFailingAttemptFailsTheCompletion() {
        Reply<String> reply = new Reply<>();
        IllegalMonitorStateException failure = new IllegalMonitorStateException("not yours");

        ParkedAttempt.runOrPark(partition, KEY, CALLER, -1, null, () -> {
            throw failure;
        }, reply);

        assertThat(reply.failure()).isSameAs(failure);
        assertThat(partition.parkedCount()).isZero();
    }

    private Object attempt() {
        return mayProceed ? "done" : ParkedAttempt.MUST_WAIT;
    }
}
