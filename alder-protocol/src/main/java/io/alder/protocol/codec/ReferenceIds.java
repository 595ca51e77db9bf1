package io.alder.protocol.codec;

import io.alder.protocol.ParameterReader;

/**
 * The {@code referenceId} [1.2+] that ends the lock calls of Lock and of Map's key locks: unique per call,
 * so that a retried call is applied once. It is read only when bytes remain, as 3.12 does, and is always
 * written.
 */
public final class ReferenceIds {

    /** The {@code referenceId} of a lock call from a client older than protocol 1.2, which has none. */
    public static final long NONE = 0;

    private ReferenceIds() {
    }

    /** Reads the trailing {@code referenceId}, or {@link #NONE} when the client sent none. */
    static long readOptional(ParameterReader in) {
        return in.hasRemaining() ? in.readLong() : NONE;
    }
}
