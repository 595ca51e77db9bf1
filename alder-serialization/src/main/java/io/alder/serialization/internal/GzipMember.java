package io.alder.serialization.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * One gzip member inside serializer output, for compressed Java serialization (3.12's
 * {@code enableCompression}). Reading inflates in place from the input's array and leaves the position
 * right after the member's trailer, so values that follow (the next list element) are read correctly.
 */
final class GzipMember {

    private static final int MAGIC = 0x8b1f;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int HEADER_SIZE = 10;
    private static final int TRAILER_SIZE = 8;

    private GzipMember() {
    }

    /** A gzip stream into {@code out}, which {@link Output#finishMember()} completes without closing {@code out}. */
    static Output output(OutputStream out) throws IOException {
        return new Output(out);
    }

    /** Inflates the member at the input's position and moves past it. */
    static byte[] inflate(BufferInput in) throws IOException {
        byte[] data = in.array();
        int limit = in.limit();
        int pos = skipHeader(data, in.position(), limit);
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data, pos, limit - pos);
            // the input may run on past this member, so guess from a bounded part of it and grow as needed
            byte[] out = new byte[Math.max(64, Math.min(limit - pos, 1 << 16) * 2)];
            int length = 0;
            while (!inflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length << 1);
                }
                int n = inflater.inflate(out, length, out.length - length);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new EOFException("truncated gzip data");
                }
                length += n;
            }
            pos = limit - inflater.getRemaining();
            checkTrailer(data, pos, limit, out, length);
            in.position(pos + TRAILER_SIZE);
            return Arrays.copyOf(out, length);
        } catch (DataFormatException e) {
            throw new ZipException("corrupt gzip data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static int skipHeader(byte[] data, int pos, int limit) throws IOException {
        require(pos, HEADER_SIZE, limit);
        if (readShortLe(data, pos) != MAGIC || data[pos + 2] != DEFLATE) {
            throw new ZipException("not gzip data at position " + pos);
        }
        int flags = data[pos + 3];
        pos += HEADER_SIZE;
        if ((flags & FEXTRA) != 0) {
            require(pos, 2, limit);
            pos += 2 + readShortLe(data, pos);
        }
        if ((flags & FNAME) != 0) {
            pos = skipZeroTerminated(data, pos, limit);
        }
        if ((flags & FCOMMENT) != 0) {
            pos = skipZeroTerminated(data, pos, limit);
        }
        if ((flags & FHCRC) != 0) {
            pos += 2;
        }
        require(pos, 0, limit);
        return pos;
    }

    private static void checkTrailer(byte[] data, int pos, int limit, byte[] out, int length) throws IOException {
        require(pos, TRAILER_SIZE, limit);
        CRC32 crc = new CRC32();
        crc.update(out, 0, length);
        long storedCrc = readIntLe(data, pos) & 0xffffffffL;
        int storedSize = readIntLe(data, pos + 4);
        if (storedCrc != crc.getValue() || storedSize != length) {
            throw new ZipException("gzip trailer mismatch");
        }
    }

    private static int skipZeroTerminated(byte[] data, int pos, int limit) throws EOFException {
        while (pos < limit && data[pos] != 0) {
            pos++;
        }
        require(pos, 1, limit);
        return pos + 1;
    }

    private static void require(int pos, int length, int limit) throws EOFException {
        if (pos + length > limit) {
            throw new EOFException("truncated gzip data");
        }
    }

    private static int readShortLe(byte[] data, int pos) {
        return data[pos] & 0xff | (data[pos + 1] & 0xff) << 8;
    }

    private static int readIntLe(byte[] data, int pos) {
        return readShortLe(data, pos) | readShortLe(data, pos + 2) << 16;
    }

    /** The JDK's gzip writer (so bytes match 3.12's), finished without closing the target stream. */
    static final class Output extends GZIPOutputStream {

        private Output(OutputStream out) throws IOException {
            super(out);
        }

        /** Writes the trailer and frees the native deflater; the target stream stays open. */
        void finishMember() throws IOException {
            try {
                finish();
            } finally {
                def.end();
            }
        }
    }
}
