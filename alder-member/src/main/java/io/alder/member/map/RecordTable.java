package io.alder.member.map;

import io.alder.serialization.Data;
import java.util.Arrays;
import java.util.HashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The records of one map in one partition: a hash index by key, slots that give records a stable
 * position for cursor iteration, and the queue of records that can expire.
 *
 * <p>A record keeps its slot for its whole life and freed slots are reused, so an iteration cursor (a
 * slot index, walked downwards as 3.12 walks its table) stays valid while the map changes: entries
 * present throughout an iteration are returned exactly once. Only touched under the partition lock.
 */
final class RecordTable {

    private final HashMap<Data, Record> byKey = new HashMap<>();
    private final ExpiryQueue expiries = new ExpiryQueue();
    private Record[] slots = new Record[4];
    private int usedSlots;
    private int[] freeSlots = new int[4];
    private int freeCount;

    Record get(Data key) {
        return byKey.get(key);
    }

    int size() {
        return byKey.size();
    }

    void add(Record record) {
        byKey.put(record.key, record);
        record.slot = takeSlot();
        slots[record.slot] = record;
        expiries.reschedule(record);
    }

    void remove(Record record) {
        byKey.remove(record.key);
        slots[record.slot] = null;
        releaseSlot(record.slot);
        expiries.remove(record);
    }

    /** To be called after a record's expiration time may have moved. */
    void expiryChanged(Record record) {
        expiries.reschedule(record);
    }

    /** The next record whose expiration time has come, taken out of the expiry queue; or null. */
    Record pollExpired(long now) {
        return expiries.pollDue(now);
    }

    /** Puts a record taken by {@link #pollExpired} back, to be looked at again at {@code until}. */
    void postponeExpiry(Record record, long until) {
        expiries.postpone(record, until);
    }

    /** Visits every record; the visitor may remove the record it is given. */
    void forEach(Consumer<Record> visitor) {
        for (int slot = usedSlots - 1; slot >= 0; slot--) {
            Record record = slots[slot];
            if (record != null) {
                visitor.accept(record);
            }
        }
    }

    boolean anyMatch(Predicate<Record> condition) {
        for (int slot = usedSlots - 1; slot >= 0; slot--) {
            Record record = slots[slot];
            if (record != null && condition.test(record)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Visits up to {@code batch} unexpired records, starting at the slot the cursor names and walking
     * down.
     *
     * @return the cursor to continue from, negative when no slot is left
     */
    int fetch(int cursor, int batch, long now, Consumer<Record> visitor) {
        int slot = Math.min(cursor, usedSlots - 1);
        int taken = 0;
        while (slot >= 0 && taken < batch) {
            Record record = slots[slot--];
            if (record != null && !record.isExpiredAt(now)) {
                visitor.accept(record);
                taken++;
            }
        }
        return slot;
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (usedSlots == slots.length) {
            slots = Arrays.copyOf(slots, usedSlots * 2);
        }
        return usedSlots++;
    }

    private void releaseSlot(int slot) {
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
    }
}
