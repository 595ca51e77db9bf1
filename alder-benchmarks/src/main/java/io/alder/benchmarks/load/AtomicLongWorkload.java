package io.alder.benchmarks.load;

import java.util.List;

/**
 * Reads and increments on a set of counters: each call picks a uniformly random counter and, with
 * probability {@code getShare}, reads it, otherwise increments it.
 */
final class AtomicLongWorkload implements Workload {

    private final List<AtomicLongCalls> counters;
    private final double getShare;

    AtomicLongWorkload(List<AtomicLongCalls> counters, double getShare) {
        this.counters = List.copyOf(counters);
        this.getShare = getShare;
    }

    @Override
    public void callSync() {
        AtomicLongCalls counter = RandomPick.oneOf(counters);
        if (RandomPick.withShare(getShare)) {
            counter.get();
        } else {
            counter.incrementAndGet();
        }
    }

    @Override
    public PendingCall callAsync() {
        AtomicLongCalls counter = RandomPick.oneOf(counters);
        return RandomPick.withShare(getShare) ? counter.getAsync() : counter.incrementAndGetAsync();
    }
}
