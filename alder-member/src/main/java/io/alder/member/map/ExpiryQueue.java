package io.alder.member.map;

import java.util.Arrays;

/**
 * The records of one store that can expire, in a binary min-heap by the time they are filed under, so
 * that expiry finds due records without scanning the store. A record is filed under a time no later than
 * its expiration time; reads and updates that push the expiration time back do not touch the heap (the
 * record is re-filed when it comes up), while changes that bring it forward re-file it at once.
 *
 * <p>Each record remembers its heap index, which makes removal and re-filing O(log n).
 */
final class ExpiryQueue {

    private Record[] heap = new Record[8];
    private int size;

    int size() {
        return size;
    }

    /** Files the record after its expiration time may have changed. */
    void reschedule(Record record) {
        long expiration = record.expirationTime();
        if (record.heapIndex < 0) {
            if (expiration != Record.NEVER) {
                add(record, expiration);
            }
        } else if (expiration < record.queuedAt) {
            record.queuedAt = expiration;
            siftUp(record.heapIndex);
        }
    }

    /** Files the record under a later time, to look at it again then. */
    void postpone(Record record, long until) {
        remove(record);
        add(record, until);
    }

    void remove(Record record) {
        int index = record.heapIndex;
        if (index < 0) {
            return;
        }
        record.heapIndex = -1;
        Record last = heap[--size];
        heap[size] = null;
        if (index < size) {
            heap[index] = last;
            last.heapIndex = index;
            siftDown(index);
            siftUp(last.heapIndex);
        }
    }

    /**
     * Takes out the next record whose expiration time has come, or returns null when none has. Records
     * whose expiration time moved on since they were filed are re-filed (or dropped, if they no longer
     * expire) on the way.
     */
    Record pollDue(long now) {
        while (size > 0) {
            Record first = heap[0];
            if (first.queuedAt > now) {
                return null;
            }
            long expiration = first.expirationTime();
            if (expiration <= now) {
                remove(first);
                return first;
            }
            if (expiration == Record.NEVER) {
                remove(first);
            } else {
                first.queuedAt = expiration;
                siftDown(0);
            }
        }
        return null;
    }

    private void add(Record record, long at) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        record.queuedAt = at;
        heap[size] = record;
        record.heapIndex = size;
        size++;
        siftUp(size - 1);
    }

    private void siftUp(int index) {
        Record record = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (heap[parent].queuedAt <= record.queuedAt) {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(record, index);
    }

    private void siftDown(int index) {
        Record record = heap[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && heap[right].queuedAt < heap[child].queuedAt) {
                child = right;
            }
            if (record.queuedAt <= heap[child].queuedAt) {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(record, index);
    }

    private void place(Record record, int index) {
        heap[index] = record;
        record.heapIndex = index;
    }
}
