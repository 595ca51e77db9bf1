package io.alder.serialization.internal;

import java.io.UTFDataFormatException;

/**
 * The char coding of 3.12 strings: each UTF-16 unit on its own, 1 byte for {@code 0x00-0x7F} (NUL
 * included), 2 bytes up to {@code 0x7FF}, 3 bytes above; surrogate halves are coded one by one. The char
 * count that precedes the units is the caller's business.
 */
public final class StringCodec {

    private StringCodec() {
    }

    /** The number of bytes {@link #encode} writes for {@code value}. */
    public static int encodedLength(String value) {
        int length = value.length();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                length += c < 0x800 ? 1 : 2;
            }
        }
        return length;
    }

    /** Writes the units of {@code value} at {@code pos}, returning the position after them. */
    public static int encode(String value, byte[] out, int pos) {
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
        return pos;
    }

    /**
     * Reads {@code chars.length} units starting at {@code pos}, never past {@code limit}, returning the
     * position after them.
     *
     * @throws UTFDataFormatException if a unit is malformed or truncated
     */
    public static int decode(byte[] in, int pos, int limit, char[] chars) throws UTFDataFormatException {
        for (int i = 0; i < chars.length; i++) {
            if (pos >= limit) {
                throw new UTFDataFormatException("truncated string at char " + i);
            }
            int b = in[pos] & 0xff;
            if (b < 0x80) {
                chars[i] = (char) b;
                pos += 1;
            } else if ((b & 0xe0) == 0xc0 && pos + 1 < limit) {
                chars[i] = (char) ((b & 0x1f) << 6 | in[pos + 1] & 0x3f);
                pos += 2;
            } else if ((b & 0xf0) == 0xe0 && pos + 2 < limit) {
                chars[i] = (char) ((b & 0x0f) << 12 | (in[pos + 1] & 0x3f) << 6 | in[pos + 2] & 0x3f);
                pos += 3;
            } else {
                throw new UTFDataFormatException("malformed byte 0x" + Integer.toHexString(b) + " at " + pos);
            }
        }
        return pos;
    }
}
