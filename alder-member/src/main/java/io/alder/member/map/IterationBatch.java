package io.alder.member.map;

import java.util.List;

/**
 * One batch of a partition iteration (3.12's fetchKeys/fetchEntries).
 *
 * @param nextTableIndex the opaque cursor to ask for the next batch with; negative once the partition
 *     is exhausted
 * @param items the keys or entries of this batch; empty only when the partition is exhausted
 */
public record IterationBatch<T>(int nextTableIndex, List<T> items) {
}
