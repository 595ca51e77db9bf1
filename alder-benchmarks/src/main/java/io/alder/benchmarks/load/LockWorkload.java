package io.alder.benchmarks.load;

import java.util.List;

/**
 * Lock and unlock pairs on a set of locks: each call picks a uniformly random lock, locks it, waiting if
 * another worker holds it, and unlocks it. One call is the pair.
 */
final class LockWorkload implements Workload {

    private final List<LockCalls> locks;

    LockWorkload(List<LockCalls> locks) {
        this.locks = List.copyOf(locks);
    }

    @Override
    public void callSync() {
        RandomPick.oneOf(locks).lockAndUnlock();
    }

    /** Never called: the lock load is synchronous only ({@link Structure#hasAsyncCalls}), as the settings enforce. */
    @Override
    public PendingCall callAsync() {
        throw new UnsupportedOperationException("the lock load has no asynchronous calls");
    }
}
