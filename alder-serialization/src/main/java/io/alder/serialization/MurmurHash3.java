package io.alder.serialization;

/** MurmurHash3 x86 32-bit, the hash 3.12 uses to place keys in partitions. */
public final class MurmurHash3 {

    /** The seed 3.12 uses for partition hashing (16777619). */
    public static final int DEFAULT_SEED = 0x01000193;

    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private MurmurHash3() {
    }

    /** Hashes {@code length} bytes of {@code data} from {@code offset}; blocks are read little-endian. */
    @SuppressWarnings("fallthrough")
    public static int hash32(byte[] data, int offset, int length, int seed) {
        int h = seed;
        int blockEnd = offset + (length & ~3);
        for (int i = offset; i < blockEnd; i += 4) {
            int k = data[i] & 0xff | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | data[i + 3] << 24;
            h ^= mixK(k);
            h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
        }
        int k = 0;
        switch (length & 3) {
            case 3:
                k ^= (data[blockEnd + 2] & 0xff) << 16;
                // fall through
            case 2:
                k ^= (data[blockEnd + 1] & 0xff) << 8;
                // fall through
            case 1:
                k ^= data[blockEnd] & 0xff;
                h ^= mixK(k);
                break;
            default:
                break;
        }
        return finalMix(h ^ length);
    }

    private static int mixK(int k) {
        return Integer.rotateLeft(k * C1, 15) * C2;
    }

    private static int finalMix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
