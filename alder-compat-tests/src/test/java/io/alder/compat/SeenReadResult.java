package io.alder.compat;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What one ringbuffer read returned, as either client reports it: 3.12's and Alder's {@code ReadResultSet}
 * have the same methods.
 *
 * @param items the items read, oldest first
 * @param sequences the sequence of each item
 * @param nextSequenceToReadFrom what {@code getNextSequenceToReadFrom()} says
 * @param <E> the item type
 */
public record SeenReadResult<E>(int readCount, List<E> items, List<Long> sequences, long nextSequenceToReadFrom) {

    /** The view of {@code result}, a client's ReadResultSet. */
    @SuppressWarnings("unchecked")
    static <E> SeenReadResult<E> of(Object result) {
        if (result instanceof com.hazelcast.ringbuffer.ReadResultSet<?> official) {
            return new SeenReadResult<>(official.readCount(),
                    IntStream.range(0, official.size()).mapToObj(i -> (E) official.get(i)).toList(),
                    IntStream.range(0, official.size()).mapToObj(official::getSequence).toList(),
                    official.getNextSequenceToReadFrom());
        }
        io.alder.client.ReadResultSet<?> alder = (io.alder.client.ReadResultSet<?>) result;
        return new SeenReadResult<>(alder.readCount(),
                IntStream.range(0, alder.size()).mapToObj(i -> (E) alder.get(i)).toList(),
                IntStream.range(0, alder.size()).mapToObj(alder::getSequence).toList(),
                alder.getNextSequenceToReadFrom());
    }
}
