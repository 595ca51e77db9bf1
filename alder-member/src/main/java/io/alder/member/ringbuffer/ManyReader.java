package io.alder.member.ringbuffer;

import io.alder.member.Clock;
import io.alder.member.partition.ParkedAttempt;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One {@code readMany}, tried at once and again each time its ringbuffer gets items, step for step as
 * 3.12's {@code ReadManyOperation}: the start sequence is checked on every try (a start that has become
 * stale fails the read, even after some items were collected), items are collected from where the last
 * try stopped, and the read waits until it has {@code minCount} of them. Runs under the partition lock.
 */
final class ManyReader implements Supplier<Object> {

    private final Supplier<Ring> ring;
    private final Clock clock;
    private final long startSequence;
    private final int minCount;
    private final int maxCount;
    private final List<Data> items = new ArrayList<>();
    private long[] sequences = new long[0];
    private long sequence;

    /**
     * @param ring the ringbuffer, looked up on every try (after expiring its items)
     */
    ManyReader(Supplier<Ring> ring, Clock clock, long startSequence, int minCount, int maxCount) {
        this.ring = ring;
        this.clock = clock;
        this.startSequence = startSequence;
        this.minCount = minCount;
        this.maxCount = maxCount;
        this.sequence = startSequence;
    }

    /** The result, or {@link ParkedAttempt#MUST_WAIT}. */
    @Override
    public Object get() {
        Ring current = ring.get();
        current.expire(clock.millis());
        current.checkWaitable(startSequence);
        if (minCount == 0) {
            if (!current.isNext(sequence)) {
                readFrom(current);
            }
            return result();
        }
        if (items.size() >= minCount || current.isOutOfBounds(sequence)) {
            return result();
        }
        if (current.isNext(sequence)) {
            return ParkedAttempt.MUST_WAIT;
        }
        readFrom(current);
        return items.size() >= minCount ? result() : ParkedAttempt.MUST_WAIT;
    }

    /** Collects items from {@code sequence}, which the caller checked is readable. */
    private void readFrom(Ring current) {
        while (sequence <= current.tail() && items.size() < maxCount) {
            if (sequences.length == items.size()) {
                sequences = Arrays.copyOf(sequences, Math.max(4, Math.min(maxCount, 2 * sequences.length)));
            }
            sequences[items.size()] = sequence;
            items.add(current.read(sequence));
            sequence++;
        }
    }

    private ReadResult result() {
        return new ReadResult(items.size(), items, Arrays.copyOf(sequences, items.size()));
    }
}
