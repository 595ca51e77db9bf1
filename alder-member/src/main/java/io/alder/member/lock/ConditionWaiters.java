package io.alder.member.lock;

import io.alder.member.CallerId;
import java.util.ArrayList;
import java.util.List;

/**
 * The callers waiting on the conditions of one ILock, in the order they began to wait. A caller becomes
 * a waiter when it leaves the lock to await a condition, is marked when a signal picks it (or when its
 * wait times out), and stops being one when it has the lock back. Only touched under the partition lock.
 */
final class ConditionWaiters {

    private final List<Waiter> waiters = new ArrayList<>();

    /** One caller awaiting one condition. */
    static final class Waiter {
        final String conditionId;
        final CallerId caller;
        boolean signalled;
        boolean expired;

        private Waiter(String conditionId, CallerId caller) {
            this.conditionId = conditionId;
            this.caller = caller;
        }

        /** Whether the wait is over (signalled or timed out) and only the lock is still to be taken back. */
        boolean mayResume() {
            return signalled || expired;
        }
    }

    boolean isEmpty() {
        return waiters.isEmpty();
    }

    /**
     * The caller's wait on the condition, begun now if it has none (a repeated request finds the same
     * one).
     */
    Waiter waiterFor(String conditionId, CallerId caller) {
        Waiter existing = find(conditionId, caller);
        if (existing != null) {
            return existing;
        }
        Waiter waiter = new Waiter(conditionId, caller);
        waiters.add(waiter);
        return waiter;
    }

    /** The caller's wait on the condition, or null. */
    Waiter find(String conditionId, CallerId caller) {
        for (Waiter waiter : waiters) {
            if (waiter.conditionId.equals(conditionId) && waiter.caller.equals(caller)) {
                return waiter;
            }
        }
        return null;
    }

    /**
     * Picks the longest-waiting caller of the condition that no signal picked yet (every such caller when
     * {@code all}).
     *
     * @return how many callers were picked
     */
    int signal(String conditionId, boolean all) {
        int picked = 0;
        for (Waiter waiter : waiters) {
            if (waiter.conditionId.equals(conditionId) && !waiter.mayResume()) {
                waiter.signalled = true;
                picked++;
                if (!all) {
                    break;
                }
            }
        }
        return picked;
    }

    void remove(Waiter waiter) {
        waiters.remove(waiter);
    }

    /** Forgets every wait of this client's threads. */
    void removeAllOf(String clientUuid) {
        waiters.removeIf(waiter -> waiter.caller.clientUuid().equals(clientUuid));
    }
}
