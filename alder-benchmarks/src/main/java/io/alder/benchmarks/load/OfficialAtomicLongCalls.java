package io.alder.benchmarks.load;

import com.hazelcast.core.IAtomicLong;

/** {@link AtomicLongCalls} through the official client's {@code IAtomicLong}. */
final class OfficialAtomicLongCalls implements AtomicLongCalls {

    private final IAtomicLong counter;

    OfficialAtomicLongCalls(IAtomicLong counter) {
        this.counter = counter;
    }

    @Override
    public void get() {
        counter.get();
    }

    @Override
    public void incrementAndGet() {
        counter.incrementAndGet();
    }

    @Override
    public PendingCall getAsync() {
        return new OfficialCall<>(counter.getAsync());
    }

    @Override
    public PendingCall incrementAndGetAsync() {
        return new OfficialCall<>(counter.incrementAndGetAsync());
    }
}
