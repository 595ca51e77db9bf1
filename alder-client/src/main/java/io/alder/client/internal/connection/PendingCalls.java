package io.alder.client.internal.connection;

import io.netty.util.collection.LongObjectHashMap;
import io.netty.util.collection.LongObjectMap;

/**
 * The calls waiting on one connection, by correlation id. Not thread-safe: the connection's I/O thread
 * owns it.
 *
 * <p>Correlation ids are consecutive, and Netty's open-addressing map places a key by its low bits, so
 * the calls in flight would fill one contiguous run of slots that every removal shifts back. The ids are
 * therefore stored multiplied by an odd constant, a bijection that spreads consecutive ids apart.
 */
final class PendingCalls {

    /** Odd, so that multiplying by it is invertible modulo 2^64. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;
    private static final long UNSPREAD = inverse(SPREAD);

    private final LongObjectMap<PendingCall> calls = new LongObjectHashMap<>();

    /** What is done with each call when the connection fails them all. */
    interface Visitor {
        void visit(long correlationId, PendingCall call);
    }

    void put(long correlationId, PendingCall call) {
        calls.put(correlationId * SPREAD, call);
    }

    /** Removes and returns the call waiting for {@code correlationId}, or null. */
    PendingCall remove(long correlationId) {
        return calls.remove(correlationId * SPREAD);
    }

    int size() {
        return calls.size();
    }

    /** Empties the table, then hands each call it held to {@code visitor}, which may add new calls. */
    void drain(Visitor visitor) {
        long[] ids = new long[calls.size()];
        PendingCall[] drained = new PendingCall[ids.length];
        int count = 0;
        for (LongObjectMap.PrimitiveEntry<PendingCall> entry : calls.entries()) {
            ids[count] = entry.key() * UNSPREAD;
            drained[count++] = entry.value();
        }
        calls.clear();
        for (int i = 0; i < count; i++) {
            visitor.visit(ids[i], drained[i]);
        }
    }

    /** Removes the calls overdue at {@code nowNanos}, then hands each to {@code visitor}. */
    void drainOverdue(long nowNanos, Visitor visitor) {
        long[] overdue = null;
        int count = 0;
        for (LongObjectMap.PrimitiveEntry<PendingCall> entry : calls.entries()) {
            if (entry.value().isOverdue(nowNanos)) {
                if (overdue == null) {
                    overdue = new long[calls.size()];
                }
                overdue[count++] = entry.key();
            }
        }
        for (int i = 0; i < count; i++) {
            visitor.visit(overdue[i] * UNSPREAD, calls.remove(overdue[i]));
        }
    }

    /** The multiplicative inverse of an odd number modulo 2^64, by Newton's iteration. */
    static long inverse(long odd) {
        long inverse = odd; // correct to 3 bits; each step doubles the correct bits
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse;
    }
}
