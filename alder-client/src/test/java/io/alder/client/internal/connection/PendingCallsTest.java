package io.alder.client.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingCallsTest {

    @Test
    void theInverseUndoesTheSpreadingMultiplication() {
        for (long odd : new long[] {1, 3, 0x9E3779B97F4A7C15L, Long.MAX_VALUE, -1}) {
            assertThat(odd * PendingCalls.inverse(odd)).as("%x", odd).isEqualTo(1);
        }
    }

    @Test
    void drainingHandsBackEveryCallWithItsOwnIdAndEmptiesTheTable() {
        PendingCalls table = new PendingCalls();
        long[] ids = {1, 2, 3, 1L << 40, Long.MAX_VALUE, -5};
        for (long id : ids) {
            table.put(id, new NamedCall(id));
        }
        assertThat(table.remove(2)).isEqualTo(new NamedCall(2));
        assertThat(table.remove(2)).isNull();
        List<String> overdue = new ArrayList<>();
        table.drainOverdue(0, (id, call) -> overdue.add(id + "=" + call));
        assertThat(overdue).as("the calls of negative ids are overdue here").containsExactly("-5=call -5");

        List<String> drained = new ArrayList<>();
        table.drain((id, call) -> drained.add(id + "=" + call));

        assertThat(drained).containsExactlyInAnyOrder("1=call 1", "3=call 3", (1L << 40) + "=call " + (1L << 40),
                Long.MAX_VALUE + "=call " + Long.MAX_VALUE);
        assertThat(table.size()).isZero();
    }

    private record NamedCall(long id) implements PendingCall {
        @Override
        public void onResponse(io.alder.protocol.ClientMessage response) {
        }

        @Override
        public void onFailure(long correlationId, Throwable cause, boolean written) {
        }

        @Override
        public boolean isOverdue(long nowNanos) {
            return id < 0;
        }

        @Override
        public void onDeadline(long correlationId) {
        }

        @Override
        public String toString() {
            return "call " + id;
        }
    }
}
