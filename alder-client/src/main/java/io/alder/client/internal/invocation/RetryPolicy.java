package io.alder.client.internal.invocation;

import io.alder.protocol.codec.ErrorCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which failures an invocation sends again, and how long it waits first, as a 3.12 client does (fact
 * sheet, section 6.3). Errors that say "the member did not apply it, ask again" are retried for every
 * request; a lost connection with the request possibly applied only for requests that are safe to repeat.
 */
final class RetryPolicy {

    /** The error codes whose 3.12 client-side exception is retry-safe (IOException, RetryableException, ...). */
    private static final Set<ErrorCode> RETRY_SAFE = EnumSet.of(
            ErrorCode.CALLER_NOT_MEMBER, ErrorCode.EOF, ErrorCode.HAZELCAST_INSTANCE_NOT_ACTIVE, ErrorCode.IO,
            ErrorCode.MEMBER_LEFT, ErrorCode.NOT_SERIALIZABLE, ErrorCode.PARTITION_MIGRATING,
            ErrorCode.RETRYABLE_HAZELCAST, ErrorCode.RETRYABLE_IO, ErrorCode.SOCKET, ErrorCode.TARGET_NOT_MEMBER,
            ErrorCode.UTF_DATA_FORMAT, ErrorCode.WRONG_TARGET, ErrorCode.TARGET_NOT_REPLICA_EXCEPTION,
            ErrorCode.CANNOT_REPLICATE_EXCEPTION);

    /** Attempts sent again without pausing; later ones back off. */
    static final int IMMEDIATE_RETRIES = 5;

    private RetryPolicy() {
    }

    /**
     * Whether a request answered with this error code is sent again.
     *
     * @param repeatable whether the request may be applied twice (idempotent, or redo configured)
     */
    static boolean retriesError(int errorCode, boolean repeatable) {
        ErrorCode code = ErrorCode.of(errorCode);
        return RETRY_SAFE.contains(code) || repeatable && code == ErrorCode.TARGET_DISCONNECTED;
    }

    /**
     * Whether a request whose connection failed is sent again.
     *
     * @param written whether the request reached the socket, so that the member may have applied it
     */
    static boolean retriesLostConnection(boolean written, boolean repeatable) {
        return !written || repeatable;
    }

    /**
     * The pause before the next attempt, once {@code attempts} were made: none for the first few, then
     * 1, 2, 4, ... ms up to {@code maxPauseNanos}.
     */
    static long pauseNanos(int attempts, long maxPauseNanos) {
        if (attempts <= IMMEDIATE_RETRIES) {
            return 0;
        }
        int exponent = Math.min(attempts - IMMEDIATE_RETRIES - 1, 40);
        return Math.min(1_000_000L << exponent, maxPauseNanos);
    }
}
