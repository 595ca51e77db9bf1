package io.alder.serialization;

/**
 * A key that chooses its partition through another object: the serialized key carries the partition hash
 * of {@link #getPartitionKey()} in its header, so keys with equal partition keys share a partition (3.12's
 * {@code PartitionAware}, handled as 3.12 clients handle it).
 *
 * @param <T> the type of the partition key
 */
public interface PartitionAware<T> {

    /** The object whose serialized form decides the partition; {@code null} or {@code this} means "the key itself". */
    T getPartitionKey();
}
