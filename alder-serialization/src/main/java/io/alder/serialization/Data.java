package io.alder.serialization;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable serialized value, byte for byte as a Hazelcast 3.12 client writes it.
 *
 * <pre>
 *   0               4               8
 *   +---------------+---------------+--------------------------+
 *   | partition hash| serializer id | serializer output ...    |
 *   | int32 BE      | int32 BE      | (big-endian by default)  |
 *   +---------------+---------------+--------------------------+
 * </pre>
 *
 * <p>Two values are equal when their bytes are equal: that is how 3.12 compares keys, and it lets the
 * member store user data without ever deserializing it. A blob is either empty or at least
 * {@value #HEADER_SIZE} bytes long.
 */
public final class Data {

    /** Offset of the big-endian partition hash. */
    public static final int PARTITION_HASH_OFFSET = 0;
    /** Offset of the big-endian serializer type id. */
    public static final int TYPE_OFFSET = PARTITION_HASH_OFFSET + 4;
    /** Offset of the serializer output, which is what the partition hash covers. */
    public static final int PAYLOAD_OFFSET = TYPE_OFFSET + 4;
    /** Size of the blob header. */
    public static final int HEADER_SIZE = PAYLOAD_OFFSET;

    private final byte[] bytes;
    private int hash;

    private Data(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Wraps bytes that the caller hands over and never changes again.
     *
     * @throws IllegalArgumentException if the blob is neither empty nor at least 8 bytes long
     */
    public static Data wrap(byte[] bytes) {
        if (bytes.length != 0 && bytes.length < HEADER_SIZE) {
            throw new IllegalArgumentException(
                    "data length: " + bytes.length + " (expected: 0 or >= " + HEADER_SIZE + ")");
        }
        return new Data(bytes);
    }

    /** The serializer type id, or 0 (the null serializer) for an empty blob. */
    public int type() {
        return bytes.length == 0 ? 0 : readIntBigEndian(bytes, TYPE_OFFSET);
    }

    /** The partition hash stored in the header; 0 means "hash the payload". */
    public int storedPartitionHash() {
        return bytes.length == 0 ? 0 : readIntBigEndian(bytes, PARTITION_HASH_OFFSET);
    }

    /** The hash that decides the partition, as 3.12 computes it. */
    public int partitionHash() {
        int stored = storedPartitionHash();
        if (stored != 0) {
            return stored;
        }
        int payloadLength = Math.max(0, bytes.length - PAYLOAD_OFFSET);
        return MurmurHash3.hash32(bytes, Math.min(PAYLOAD_OFFSET, bytes.length), payloadLength,
                MurmurHash3.DEFAULT_SEED);
    }

    /** Total size in bytes, header included. */
    public int size() {
        return bytes.length;
    }

    /** The payload size: what the serializer wrote. */
    public int payloadSize() {
        return Math.max(0, bytes.length - PAYLOAD_OFFSET);
    }

    /**
     * The backing bytes. Callers must treat the array as read-only; it is shared to avoid a copy on
     * every encode.
     */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Data data && Arrays.equals(bytes, data.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = MurmurHash3.hash32(bytes, 0, bytes.length, MurmurHash3.DEFAULT_SEED);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        int shown = Math.min(bytes.length, 32);
        return "Data{type=" + type() + ", size=" + bytes.length + ", bytes="
                + HexFormat.of().formatHex(bytes, 0, shown) + (shown < bytes.length ? "...}" : "}");
    }

    static int readIntBigEndian(byte[] b, int offset) {
        return (b[offset] & 0xff) << 24 | (b[offset + 1] & 0xff) << 16 | (b[offset + 2] & 0xff) << 8
                | b[offset + 3] & 0xff;
    }
}
