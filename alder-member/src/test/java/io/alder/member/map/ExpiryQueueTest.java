package io.alder.member.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.serialization.Strings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpiryQueueTest {

    private final ExpiryQueue queue = new ExpiryQueue();

    @Test
    void recordsComeOutWhenTheirTimeComes() {
        Record late = record("late", 300);
        Record early = record("early", 100);
        Record never = record("never", -1);
        queue.reschedule(late);
        queue.reschedule(early);
        queue.reschedule(never);

        assertThat(queue.size()).as("a record that never expires is not queued").isEqualTo(2);
        assertThat(queue.pollDue(99)).isNull();
        assertThat(queue.pollDue(100)).isSameAs(early);
        assertThat(queue.pollDue(299)).isNull();
        assertThat(queue.pollDue(1_000)).isSameAs(late);
        assertThat(queue.pollDue(1_000)).isNull();
    }

    @Test
    void aRecordWhoseExpiryMovedOnIsRefiledNotReturned() {
        Record record = new Record(Strings.toData("k"), Strings.toData("v"), 0, -1, 100);
        queue.reschedule(record);
        record.onAccess(90);

        assertThat(queue.pollDue(100)).isNull();
        assertThat(queue.pollDue(189)).isNull();
        assertThat(queue.pollDue(190)).isSameAs(record);
    }

    @Test
    void anExpiryBroughtForwardIsRefiledAtOnce() {
        Record record = record("k", 1_000);
        queue.reschedule(record);
        record.setExpiry(10, -1);
        queue.reschedule(record);

        assertThat(queue.pollDue(10)).isSameAs(record);
    }

    @Test
    void randomOperationsMatchASimpleModel() {
        Random random = new Random(42);
        List<Record> queued = new ArrayList<>();
        Set<Record> polled = new HashSet<>();
        long now = 0;
        for (int step = 0; step < 5_000; step++) {
            int action = random.nextInt(4);
            if (action < 2) {
                Record record = record("k" + step, now + 1 + random.nextInt(500));
                queue.reschedule(record);
                queued.add(record);
            } else if (action == 2 && !queued.isEmpty()) {
                Record record = queued.remove(random.nextInt(queued.size()));
                queue.remove(record);
                assertThat(record.heapIndex).isEqualTo(-1);
            } else {
                now += random.nextInt(20);
                Record record;
                while ((record = queue.pollDue(now)) != null) {
                    assertThat(record.expirationTime()).isLessThanOrEqualTo(now);
                    assertThat(queued.remove(record)).isTrue();
                    polled.add(record);
                }
                long due = now;
                assertThat(queued).noneMatch(left -> left.expirationTime() <= due);
            }
            assertThat(queue.size()).isEqualTo(queued.size());
        }
        assertThat(polled).isNotEmpty();
    }

    private static Record record(String key, long ttl) {
        return new Record(Strings.toData(key), Strings.toData("v"), 0, ttl, -1);
    }
}
