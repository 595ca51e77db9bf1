package io.alder.client.internal.proxy;

import io.alder.client.ReadResultSet;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.serialization.SerializationService;
import java.util.AbstractList;
import java.util.Iterator;

/**
 * A {@code readMany} result as callers see it: the items deserialized when first asked for, each once.
 * The next sequence is computed from the read count, since 3.12.13 members send 0 for it.
 */
final class RingbufferItems<E> implements ReadResultSet<E> {

    private final MapResponseCodec.ReadResultSet result;
    private final long startSequence;
    private final SerializationService serialization;
    private final Object[] items;

    RingbufferItems(MapResponseCodec.ReadResultSet result, long startSequence, SerializationService serialization) {
        this.result = result;
        this.startSequence = startSequence;
        this.serialization = serialization;
        this.items = new Object[result.items().size()];
    }

    @Override
    public int readCount() {
        return result.readCount();
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized E get(int index) {
        if (items[index] == null) {
            items[index] = serialization.toObject(result.items().get(index));
        }
        return (E) items[index];
    }

    /** The item's sequence; -1 if the member sent no sequences (protocol before 1.5). */
    @Override
    public long getSequence(int index) {
        long[] sequences = result.itemSeqs();
        return sequences == null ? -1 : sequences[index];
    }

    @Override
    public long getNextSequenceToReadFrom() {
        return startSequence + result.readCount();
    }

    @Override
    public Iterator<E> iterator() {
        return new AbstractList<E>() {
            @Override
            public E get(int index) {
                return RingbufferItems.this.get(index);
            }

            @Override
            public int size() {
                return items.length;
            }
        }.iterator();
    }

    @Override
    public String toString() {
        return "ReadResultSet{readCount=" + readCount() + ", size=" + size() + ", next=" + getNextSequenceToReadFrom()
                + "}";
    }
}
