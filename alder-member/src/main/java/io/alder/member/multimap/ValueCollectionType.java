package io.alder.member.multimap;

import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * How a multimap keeps the values of one key, as 3.12's {@code value-collection-type}: a SET holds each value
 * once (a put of a value the key has is refused), a LIST every value put, in order. Values are equal when their
 * serialized bytes are.
 */
public enum ValueCollectionType {

    /** Each value at most once per key; 3.12's default. */
    SET {
        @Override
        Collection<Data> newCollection() {
            return new LinkedHashSet<>();
        }
    },

    /** Every value put, duplicates included, in the order they came. */
    LIST {
        @Override
        Collection<Data> newCollection() {
            return new ArrayList<>();
        }
    };

    /** An empty collection for the values of one key. */
    abstract Collection<Data> newCollection();
}
