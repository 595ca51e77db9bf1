package io.alder.member.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.CallerId;
import io.alder.member.ManualScheduler;
import io.alder.serialization.Strings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionTest {

    private static final CallerId CALLER = new CallerId("client", 1);
    private static final WaitKey KEY = new WaitKey("service", "object", Strings.toData("k"));

    private final ManualScheduler time = new ManualScheduler(0);
    private final PartitionTable table = new PartitionTable(3, time);
    private final Partition partition = table.get(1);
    private final List<String> log = new ArrayList<>();

    @Test
    void idsAreChecked() {
        assertThat(table.get(2).id()).isEqualTo(2);
        assertThatThrownBy(() -> table.get(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partition id: 3 (expected: 0..2)");
    }

    @Test
    void wakingRetriesWhenTheCriticalSectionEnds() {
        Waiter waiter = new Waiter("w", -1);
        inPartition(() -> partition.park(KEY, waiter));

        partition.lock();
        waiter.mayFinish = true;
        partition.wake("service", "object", KEY.key());
        assertThat(log).as("nothing runs before the critical section ends").isEmpty();
        partition.unlock();

        assertThat(log).containsExactly("w retried", "w delivered");
        assertThat(partition.parkedCount()).isZero();
    }

    @Test
    void waitersThatMustStillWaitKeepTheirPlace() {
        Waiter first = new Waiter("first", -1);
        Waiter second = new Waiter("second", -1);
        inPartition(() -> {
            partition.park(KEY, first);
            partition.park(KEY, second);
        });

        second.mayFinish = true;
        inPartition(() -> partition.wake("service", "object", KEY.key()));
        assertThat(log).containsExactly("first must wait", "second retried", "second delivered");

        first.mayFinish = true;
        inPartition(() -> partition.wake("service", "object", KEY.key()));
        assertThat(partition.parkedCount()).isZero();
    }

    @Test
    void aWaitEndsAtItsTimeoutUnlessWokenBefore() {
        Waiter timesOut = new Waiter("slow", 100);
        Waiter woken = new Waiter("fast", 100);
        inPartition(() -> partition.park(KEY, timesOut));
        inPartition(() -> partition.park(new WaitKey("service", "object", Strings.toData("other")), woken));

        woken.mayFinish = true;
        inPartition(() -> partition.wake("service", "object", Strings.toData("other")));
        time.advance(100);

        assertThat(log).containsExactly("fast retried", "fast delivered",
                "slow timed out", "slow delivered");
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void cancellingEndsTheSelectedWaits() {
        Waiter mine = new Waiter("mine", -1);
        Waiter theirs = new Waiter("theirs", -1);
        inPartition(() -> {
            partition.park(KEY, mine);
            partition.park(KEY, theirs);
        });

        inPartition(() -> partition.cancelParked(operation -> operation == mine, new IllegalStateException("gone")));

        assertThat(log).containsExactly("mine cancelled: gone", "mine delivered");
        assertThat(partition.parkedCount()).isEqualTo(1);
    }

    @Test
    void aZeroTimeoutIsNeverParked() {
        assertThatThrownBy(() -> new Waiter("w", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void inPartition(Runnable work) {
        partition.lock();
        try {
            work.run();
        } finally {
            partition.unlock();
        }
    }

    /** A parked operation that logs what happens to it. */
    private final class Waiter extends ParkedOperation {
        private final String name;
        boolean mayFinish;

        Waiter(String name, long timeoutMillis) {
            super(CALLER, timeoutMillis);
            this.name = name;
        }

        @Override
        protected boolean retry() {
            log.add(name + (mayFinish ? " retried" : " must wait"));
            return mayFinish;
        }

        @Override
        protected void timedOut() {
            log.add(name + " timed out");
        }

        @Override
        protected void cancelled(Throwable cause) {
            log.add(name + " cancelled: " + cause.getMessage());
        }

        @Override
        protected void deliver() {
            log.add(name + " delivered");
        }
    }
}
