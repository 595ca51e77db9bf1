package io.alder.serialization;

/** Maps serialized keys and structure names to partition ids exactly as 3.12 does. */
public final class Partitions {

    /** The default partition count of 3.12 and of Alder. */
    public static final int DEFAULT_COUNT = 271;

    private Partitions() {
    }

    /** The partition of a serialized key. */
    public static int partitionId(Data key, int partitionCount) {
        return hashToIndex(key.partitionHash(), partitionCount);
    }

    /**
     * The partition of a name-routed structure (queue, lock, ...): the hash of the name's partition key,
     * which is the text after the first {@code @} when there is one, serialized as a Java String.
     */
    public static int partitionIdOfName(String name, int partitionCount) {
        int at = name.indexOf('@');
        String partitionKey = at < 0 ? name : name.substring(at + 1);
        return partitionId(Strings.toData(partitionKey), partitionCount);
    }

    /** {@code abs(hash) % count}, with {@link Integer#MIN_VALUE} going to partition 0. */
    public static int hashToIndex(int hash, int partitionCount) {
        return hash == Integer.MIN_VALUE ? 0 : Math.abs(hash) % partitionCount;
    }
}
