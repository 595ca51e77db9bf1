package io.alder.member.ringbuffer;

import io.alder.serialization.Data;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code readMany} read: the items in sequence order and their sequences.
 *
 * @param readCount how many items were read; the next read starts at the start sequence plus this
 * @param items the items, opaque
 * @param itemSequences the sequence of each item
 */
public record ReadResult(int readCount, List<Data> items, long[] itemSequences) {

    public ReadResult {
        items = List.copyOf(items);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadResult that && readCount == that.readCount && items.equals(that.items)
                && Arrays.equals(itemSequences, that.itemSequences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(readCount, items, Arrays.hashCode(itemSequences));
    }

    @Override
    public String toString() {
        return "ReadResult[readCount=" + readCount + ", items=" + items + ", itemSequences="
                + Arrays.toString(itemSequences) + "]";
    }
}
