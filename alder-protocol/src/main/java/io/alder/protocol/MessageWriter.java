package io.alder.protocol;

import io.alder.serialization.Data;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.util.Collection;
import java.util.Map;

/**
 * Writes one message: the 22-byte header first, then parameters in wire order; {@link #build} fills in
 * the frame length. Strings are written as standard UTF-8 with unpaired surrogates as {@code ?}, as
 * 3.12's {@code String.getBytes(UTF_8)} does. Not thread-safe; one writer per message.
 */
public final class MessageWriter {

    /** Encoded size of a boolean, a byte and the is-null flag. */
    public static final int BOOLEAN_SIZE = 1;
    public static final int INT_SIZE = 4;
    public static final int LONG_SIZE = 8;

    private final ByteBuf buf;

    private MessageWriter(ByteBuf buf, int type, int flags, long correlationId, int partitionId) {
        this.buf = buf;
        buf.writeIntLE(0)
                .writeByte(ClientMessage.VERSION)
                .writeByte(flags)
                .writeShortLE(type)
                .writeLongLE(correlationId)
                .writeIntLE(partitionId)
                .writeShortLE(ClientMessage.HEADER_SIZE);
    }

    /**
     * Starts a request, response or event.
     *
     * @param payloadSizeHint expected payload size, to size the buffer once; it still grows if needed
     */
    public static MessageWriter start(ByteBufAllocator allocator, MessageType type, long correlationId,
            int partitionId, int payloadSizeHint) {
        int flags = type.kind() == MessageType.Kind.EVENT
                ? ClientMessage.BEGIN_AND_END_FLAGS | ClientMessage.LISTENER_EVENT_FLAG
                : ClientMessage.BEGIN_AND_END_FLAGS;
        return start(allocator, type.id(), flags, correlationId, partitionId, payloadSizeHint);
    }

    /** Starts a message with explicit type id and flags (tests and fragments use this). */
    public static MessageWriter start(ByteBufAllocator allocator, int typeId, int flags, long correlationId,
            int partitionId, int payloadSizeHint) {
        ByteBuf buf = allocator.buffer(ClientMessage.HEADER_SIZE + Math.max(0, payloadSizeHint));
        return new MessageWriter(buf, typeId, flags, correlationId, partitionId);
    }

    public MessageWriter writeBoolean(boolean value) {
        buf.writeByte(value ? 1 : 0);
        return this;
    }

    public MessageWriter writeByte(int value) {
        buf.writeByte(value);
        return this;
    }

    public MessageWriter writeInt(int value) {
        buf.writeIntLE(value);
        return this;
    }

    public MessageWriter writeLong(long value) {
        buf.writeLongLE(value);
        return this;
    }

    /** Writes the is-null flag; returns true when the value follows. */
    public boolean writeIsNull(Object value) {
        buf.writeByte(value == null ? 1 : 0);
        return value != null;
    }

    public MessageWriter writeString(String value) {
        int lengthIndex = buf.writerIndex();
        buf.writeIntLE(0);
        int written = ByteBufUtil.writeUtf8(buf, value);
        buf.setIntLE(lengthIndex, written);
        return this;
    }

    public MessageWriter writeNullableString(String value) {
        if (writeIsNull(value)) {
            writeString(value);
        }
        return this;
    }

    public MessageWriter writeData(Data value) {
        buf.writeIntLE(value.size()).writeBytes(value.bytes());
        return this;
    }

    public MessageWriter writeNullableData(Data value) {
        if (writeIsNull(value)) {
            writeData(value);
        }
        return this;
    }

    public MessageWriter writeNullableInt(Integer value) {
        if (writeIsNull(value)) {
            writeInt(value);
        }
        return this;
    }

    public MessageWriter writeBytes(byte[] value) {
        buf.writeIntLE(value.length).writeBytes(value);
        return this;
    }

    public MessageWriter writeDataList(Collection<Data> values) {
        buf.writeIntLE(values.size());
        for (Data value : values) {
            writeData(value);
        }
        return this;
    }

    public MessageWriter writeStringList(Collection<String> values) {
        buf.writeIntLE(values.size());
        for (String value : values) {
            writeString(value);
        }
        return this;
    }

    /** Writes an {@code L<(Data,Data)>}: each key directly followed by its value. */
    public MessageWriter writeDataEntryList(Collection<? extends Map.Entry<Data, Data>> entries) {
        buf.writeIntLE(entries.size());
        for (Map.Entry<Data, Data> entry : entries) {
            writeData(entry.getKey()).writeData(entry.getValue());
        }
        return this;
    }

    /** Writes an {@code L<Data?>}: each element with its own is-null flag. */
    public MessageWriter writeNullableElementDataList(Collection<Data> values) {
        buf.writeIntLE(values.size());
        for (Data value : values) {
            writeNullableData(value);
        }
        return this;
    }

    /** Writes an {@code i64[]}: a count, then the longs. */
    public MessageWriter writeLongArray(long[] values) {
        buf.writeIntLE(values.length);
        for (long value : values) {
            buf.writeLongLE(value);
        }
        return this;
    }

    /** Encoded size of a string, for size hints. */
    public static int sizeOf(String value) {
        return INT_SIZE + ByteBufUtil.utf8MaxBytes(value);
    }

    /** Encoded size of a data blob, for size hints. */
    public static int sizeOf(Data value) {
        return INT_SIZE + (value == null ? 0 : value.size());
    }

    /** Encoded size of a data list, for size hints; add one byte per element for an {@code L<Data?>}. */
    public static int sizeOf(Collection<Data> values) {
        int size = INT_SIZE;
        for (Data value : values) {
            size += sizeOf(value);
        }
        return size;
    }

    /** Encoded size of a key-value list, for size hints. */
    public static int sizeOfEntries(Collection<? extends Map.Entry<Data, Data>> entries) {
        int size = INT_SIZE;
        for (Map.Entry<Data, Data> entry : entries) {
            size += sizeOf(entry.getKey()) + sizeOf(entry.getValue());
        }
        return size;
    }

    /** Finishes the frame: writes its length and hands over the buffer. */
    public ClientMessage build() {
        buf.setIntLE(ClientMessage.FRAME_LENGTH_OFFSET, buf.readableBytes());
        return ClientMessage.wrap(buf);
    }
}
