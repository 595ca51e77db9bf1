package io.alder.benchmarks.load;

import io.alder.client.AlderAtomicLong;
import io.alder.client.AsyncAlderAtomicLong;

/** {@link AtomicLongCalls} through Alder's {@code AlderAtomicLong} and its asynchronous view. */
final class AlderAtomicLongCalls implements AtomicLongCalls {

    private final AlderAtomicLong counter;
    private final AsyncAlderAtomicLong asyncCounter;
    private final AlderMemberLoss memberLoss;

    AlderAtomicLongCalls(AlderAtomicLong counter, AlderMemberLoss memberLoss) {
        this.counter = counter;
        this.asyncCounter = counter.async();
        this.memberLoss = memberLoss;
    }

    @Override
    public void get() {
        memberLoss.call(counter::get);
    }

    @Override
    public void incrementAndGet() {
        memberLoss.call(counter::incrementAndGet);
    }

    @Override
    public PendingCall getAsync() {
        return memberLoss.pending(asyncCounter.get());
    }

    @Override
    public PendingCall incrementAndGetAsync() {
        return memberLoss.pending(asyncCounter.incrementAndGet());
    }
}
