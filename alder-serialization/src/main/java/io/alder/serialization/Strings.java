package io.alder.serialization;

import io.alder.serialization.internal.StringCodec;
import java.io.UTFDataFormatException;

/**
 * Java Strings inside a {@link Data}, in 3.12's encoding (serializer id {@value #TYPE}): a big-endian
 * int32 count of UTF-16 units ({@code -1} for null), then each unit on one to three bytes. Surrogate
 * halves are encoded one by one, so a supplementary character takes six bytes, and NUL is one byte.
 *
 * <pre>
 *   | hash 0 | type -11 | char count (BE) | unit 1 (1-3 bytes) | unit 2 | ... |
 * </pre>
 */
public final class Strings {

    /** Serializer type id of {@code java.lang.String}. */
    public static final int TYPE = -11;

    private Strings() {
    }

    /** Serializes a string as 3.12 does. */
    public static Data toData(String value) {
        byte[] out = new byte[Data.HEADER_SIZE + 4 + StringCodec.encodedLength(value)];
        writeIntBigEndian(out, Data.TYPE_OFFSET, TYPE);
        writeIntBigEndian(out, Data.PAYLOAD_OFFSET, value.length());
        StringCodec.encode(value, out, Data.PAYLOAD_OFFSET + 4);
        return Data.wrap(out);
    }

    /**
     * Reads back a string written by {@link #toData}.
     *
     * @throws UTFDataFormatException if the blob is not a well-formed String
     */
    public static String fromData(Data data) throws UTFDataFormatException {
        if (data.type() != TYPE || data.size() < Data.PAYLOAD_OFFSET + 4) {
            throw new UTFDataFormatException("not a String blob: " + data);
        }
        byte[] in = data.bytes();
        int count = Data.readIntBigEndian(in, Data.PAYLOAD_OFFSET);
        if (count < 0 || count > in.length) {
            throw new UTFDataFormatException("bad char count: " + count);
        }
        char[] chars = new char[count];
        StringCodec.decode(in, Data.PAYLOAD_OFFSET + 4, in.length, chars);
        return new String(chars);
    }

    static void writeIntBigEndian(byte[] b, int offset, int value) {
        b[offset] = (byte) (value >>> 24);
        b[offset + 1] = (byte) (value >>> 16);
        b[offset + 2] = (byte) (value >>> 8);
        b[offset + 3] = (byte) value;
    }
}
