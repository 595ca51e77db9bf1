package io.alder.client;

/**
 * The items one ringbuffer read returned, oldest first, with their sequences (3.12's {@code ReadResultSet}).
 * Items are deserialized when first asked for.
 *
 * @param <E> the item type
 */
public interface ReadResultSet<E> extends Iterable<E> {

    /** How many items were read; the next read starts at the start sequence plus this. */
    int readCount();

    /** How many items the result holds. */
    int size();

    /**
     * The item at {@code index}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code 0..size()-1}
     */
    E get(int index);

    /** The sequence of the item at {@code index}. */
    long getSequence(int index);

    /** The sequence to read from next: the start sequence plus {@link #readCount()}. */
    long getNextSequenceToReadFrom();
}
