package io.alder.protocol;

import io.alder.serialization.Data;
import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the parameters of one message in wire order (section 2 of the protocol fact sheet). Every read
 * is checked against the end of the frame, and every count against the bytes that remain, so a hostile
 * frame can neither read past its end nor make the reader allocate more than the frame's size.
 * Not thread-safe; one reader per message.
 */
public final class ParameterReader {

    private final ByteBuf frame;
    private final int limit;
    private int position;

    ParameterReader(ByteBuf frame, int position, int limit) {
        this.frame = frame;
        this.position = position;
        this.limit = limit;
    }

    /** Whether unread bytes remain: the test 3.12 uses before each optional trailing ("since") field. */
    public boolean hasRemaining() {
        return position < limit;
    }

    public int remaining() {
        return limit - position;
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public byte readByte() {
        require(1, "byte");
        return frame.getByte(position++);
    }

    public int readInt() {
        require(4, "int");
        int value = frame.getIntLE(position);
        position += 4;
        return value;
    }

    public long readLong() {
        require(8, "long");
        long value = frame.getLongLE(position);
        position += 8;
        return value;
    }

    /** Reads whether the next nullable value is null (the flag says "is null"). */
    public boolean readIsNull() {
        return readBoolean();
    }

    /** A {@code str}: an int32 byte count and that many bytes of well-formed UTF-8. */
    public String readString() {
        int length = readLength("string", 1);
        String value = decodeUtf8(position, length);
        position += length;
        return value;
    }

    public String readNullableString() {
        return readIsNull() ? null : readString();
    }

    public Data readData() {
        int length = readLength("data", 1);
        if (length != 0 && length < Data.HEADER_SIZE) {
            throw new MalformedMessageException("data length: " + length + " (expected: 0 or >= " + Data.HEADER_SIZE + ")");
        }
        byte[] bytes = new byte[length];
        frame.getBytes(position, bytes);
        position += length;
        return Data.wrap(bytes);
    }

    public Data readNullableData() {
        return readIsNull() ? null : readData();
    }

    public Integer readNullableInt() {
        return readIsNull() ? null : readInt();
    }

    public byte[] readBytes() {
        int length = readLength("bytes", 1);
        byte[] bytes = new byte[length];
        frame.getBytes(position, bytes);
        position += length;
        return bytes;
    }

    /**
     * Reads a count of elements that each take at least {@code minElementSize} bytes.
     *
     * @throws MalformedMessageException if the count is negative or more than the remaining bytes hold
     */
    public int readCount(String what, int minElementSize) {
        return readLength(what, minElementSize);
    }

    /** A list whose elements are read by {@code element}; each element takes at least {@code minSize} bytes. */
    public <T> List<T> readList(String what, int minSize, Function<ParameterReader, T> element) {
        int count = readCount(what, minSize);
        List<T> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(element.apply(this));
        }
        return list;
    }

    public List<Data> readDataList() {
        return readList("data list", 4, ParameterReader::readData);
    }

    public List<String> readStringList() {
        return readList("string list", 4, ParameterReader::readString);
    }

    /** An {@code L<(Data,Data)>}: key-value pairs, each key directly followed by its value. */
    public List<Map.Entry<Data, Data>> readDataEntryList() {
        return readList("entry list", 8, in -> Map.entry(in.readData(), in.readData()));
    }

    /** An {@code L<Data?>}: a list whose elements may be null; the returned list keeps the nulls. */
    public List<Data> readNullableElementDataList() {
        return readList("data list", 1, ParameterReader::readNullableData);
    }

    /** An {@code i64[]}: a count, then that many longs. */
    public long[] readLongArray() {
        int count = readCount("long array", 8);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = readLong();
        }
        return values;
    }

    private int readLength(String what, int minElementSize) {
        int count = readInt();
        if (count < 0 || (long) count * minElementSize > remaining()) {
            throw new MalformedMessageException(what + " length: " + count + " (expected: 0.."
                    + remaining() / minElementSize + ", the bytes left in the frame)");
        }
        return count;
    }

    private void require(int bytes, String what) {
        if (remaining() < bytes) {
            throw new MalformedMessageException("truncated message: " + what + " needs " + bytes
                    + " bytes at offset " + position + ", frame ends at " + limit);
        }
    }

    private String decodeUtf8(int index, int length) {
        if (isAscii(index, length)) {
            return frame.toString(index, length, StandardCharsets.US_ASCII);
        }
        ByteBuffer bytes = frame.nioBufferCount() == 1 ? frame.nioBuffer(index, length)
                : ByteBuffer.wrap(copy(index, length));
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedMessageException("invalid UTF-8 in string at offset " + index + ": " + e);
        }
    }

    private boolean isAscii(int index, int length) {
        for (int i = index, end = index + length; i < end; i++) {
            if (frame.getByte(i) < 0) {
                return false;
            }
        }
        return true;
    }

    private byte[] copy(int index, int length) {
        byte[] bytes = new byte[length];
        frame.getBytes(index, bytes);
        return bytes;
    }
}
