package io.alder.member.ringbuffer;

import io.alder.member.partition.Partition;
import io.alder.serialization.Data;
import java.util.List;

/**
 * The items of one ringbuffer, numbered as 3.12 numbers them: the first item added gets sequence 0, the
 * head is the oldest sequence still held and the tail the newest (-1 while nothing was added), and an add
 * to a full ringbuffer drops the head item. With a time to live, each item expires that long after it was
 * added; {@link #expire} drops expired items from the head, as 3.12 does before every operation.
 *
 * <p>Storage grows with the items, up to the capacity. Adding wakes the reads parked in the partition on
 * the ringbuffer's wait key. Only touched under the partition lock.
 */
final class Ring {

    /** What an add answers when the FAIL policy found no room. */
    static final long FAILED = -1;

    private static final int INITIAL_SLOTS = 16;

    private final String name;
    private final Partition partition;
    private final int capacity;
    private final long timeToLiveMillis;
    private Data[] items;
    private long[] expiresAt;
    private long head;
    private long tail = -1;

    Ring(String name, RingbufferConfig config, Partition partition) {
        this.name = name;
        this.partition = partition;
        this.capacity = config.capacity();
        this.timeToLiveMillis = config.timeToLiveSeconds() * 1000L;
        int slots = Math.min(capacity, INITIAL_SLOTS);
        this.items = new Data[slots];
        this.expiresAt = timeToLiveMillis > 0 ? new long[slots] : null;
    }

    long head() {
        return head;
    }

    long tail() {
        return tail;
    }

    long capacity() {
        return capacity;
    }

    long size() {
        return tail - head + 1;
    }

    /**
     * The room an add with the FAIL policy may use. As in 3.12, a ringbuffer without time to live always
     * has its whole capacity: its oldest items count as expired.
     */
    long remainingCapacity() {
        return timeToLiveMillis > 0 ? capacity - size() : capacity;
    }

    /** Adds an item and returns its sequence, or {@link #FAILED} if the policy is FAIL and there is no room. */
    long add(Data item, OverflowPolicy policy, long now) {
        if (policy == OverflowPolicy.FAIL && remainingCapacity() < 1) {
            return FAILED;
        }
        append(item, now);
        partition.wake(RingbufferService.SERVICE_NAME, name, null);
        return tail;
    }

    /**
     * Adds the items in order and returns the last one's sequence ({@code tail + 1} for none, as in 3.12),
     * or {@link #FAILED} if the policy is FAIL and there is no room for all of them.
     */
    long addAll(List<Data> batch, OverflowPolicy policy, long now) {
        if (policy == OverflowPolicy.FAIL && remainingCapacity() < batch.size()) {
            return FAILED;
        }
        if (batch.isEmpty()) {
            return tail + 1;
        }
        for (Data item : batch) {
            append(item, now);
        }
        partition.wake(RingbufferService.SERVICE_NAME, name, null);
        return tail;
    }

    /**
     * The item with this sequence.
     *
     * @throws IllegalArgumentException if it is past the tail
     * @throws StaleSequenceException if it is older than the head
     */
    Data read(long sequence) {
        checkReadable(sequence);
        return items[slot(sequence)];
    }

    /**
     * Checks a sequence that a read may wait for: anything from the head up to the next one to be added.
     *
     * @throws IllegalArgumentException if it is past {@code tail + 1}
     * @throws StaleSequenceException if it is older than the head
     */
    void checkWaitable(long sequence) {
        if (sequence > tail + 1) {
            throw tooLarge(sequence);
        }
        checkNotStale(sequence);
    }

    /** Whether a read of this sequence has to wait for the next add. */
    boolean isNext(long sequence) {
        return sequence == tail + 1;
    }

    /** Whether this sequence can no longer be read: past {@code tail + 1} or older than the head. */
    boolean isOutOfBounds(long sequence) {
        return sequence > tail + 1 || sequence < head;
    }

    /** Drops the items whose time to live ran out, oldest first. */
    void expire(long now) {
        if (expiresAt == null) {
            return;
        }
        while (head <= tail && now > expiresAt[slot(head)]) {
            items[slot(head)] = null;
            head++;
        }
    }

    private void append(Data item, long now) {
        if (size() == items.length && items.length < capacity) {
            grow();
        }
        tail++;
        if (tail - capacity == head) {
            items[slot(head)] = null;
            head++;
        }
        items[slot(tail)] = item;
        if (expiresAt != null) {
            expiresAt[slot(tail)] = now + timeToLiveMillis;
        }
    }

    /** Doubles the storage, up to the capacity; slots are sequence modulo the storage size. */
    private void grow() {
        int slots = (int) Math.min(capacity, 2L * items.length);
        Data[] grownItems = new Data[slots];
        long[] grownExpiry = expiresAt == null ? null : new long[slots];
        for (long sequence = head; sequence <= tail; sequence++) {
            int to = (int) (sequence % slots);
            grownItems[to] = items[slot(sequence)];
            if (grownExpiry != null) {
                grownExpiry[to] = expiresAt[slot(sequence)];
            }
        }
        items = grownItems;
        expiresAt = grownExpiry;
    }

    private void checkReadable(long sequence) {
        if (sequence > tail) {
            throw tooLarge(sequence);
        }
        checkNotStale(sequence);
    }

    private void checkNotStale(long sequence) {
        if (sequence < head) {
            throw new StaleSequenceException("sequence:" + sequence + " is too small and data store is disabled. "
                    + "The current headSequence is:" + head + " tailSequence is:" + tail, head);
        }
    }

    /** Worded as in 3.12. */
    private IllegalArgumentException tooLarge(long sequence) {
        return new IllegalArgumentException("sequence:" + sequence + " is too large. The current tailSequence is:"
                + tail);
    }

    private int slot(long sequence) {
        return (int) (sequence % items.length);
    }
}
