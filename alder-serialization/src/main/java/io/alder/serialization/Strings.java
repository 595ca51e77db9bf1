package io.alder.serialization;

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
        byte[] out = new byte[Data.HEADER_SIZE + 4 + encodedLength(value)];
        writeIntBigEndian(out, Data.TYPE_OFFSET, TYPE);
        writeIntBigEndian(out, Data.PAYLOAD_OFFSET, value.length());
        encode(value, out, Data.PAYLOAD_OFFSET + 4);
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
        int pos = Data.PAYLOAD_OFFSET + 4;
        for (int i = 0; i < count; i++) {
            if (pos >= in.length) {
                throw new UTFDataFormatException("truncated string at char " + i);
            }
            int b = in[pos] & 0xff;
            if (b < 0x80) {
                chars[i] = (char) b;
                pos += 1;
            } else if ((b & 0xe0) == 0xc0 && pos + 1 < in.length) {
                chars[i] = (char) ((b & 0x1f) << 6 | in[pos + 1] & 0x3f);
                pos += 2;
            } else if ((b & 0xf0) == 0xe0 && pos + 2 < in.length) {
                chars[i] = (char) ((b & 0x0f) << 12 | (in[pos + 1] & 0x3f) << 6 | in[pos + 2] & 0x3f);
                pos += 3;
            } else {
                throw new UTFDataFormatException("malformed byte 0x" + Integer.toHexString(b) + " at " + pos);
            }
        }
        return new String(chars);
    }

    private static int encodedLength(String value) {
        int length = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return length;
    }

    private static void encode(String value, byte[] out, int pos) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                out[pos++] = (byte) c;
            } else if (c < 0x800) {
                out[pos++] = (byte) (0xc0 | c >> 6);
                out[pos++] = (byte) (0x80 | c & 0x3f);
            } else {
                out[pos++] = (byte) (0xe0 | c >> 12);
                out[pos++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[pos++] = (byte) (0x80 | c & 0x3f);
            }
        }
    }

    static void writeIntBigEndian(byte[] b, int offset, int value) {
        b[offset] = (byte) (value >>> 24);
        b[offset + 1] = (byte) (value >>> 16);
        b[offset + 2] = (byte) (value >>> 8);
        b[offset + 3] = (byte) value;
    }
}
