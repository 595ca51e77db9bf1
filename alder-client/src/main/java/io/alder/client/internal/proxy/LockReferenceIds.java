package io.alder.client.internal.proxy;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out the {@code referenceId} of lock calls: unique per call within the client, so that a member that
 * sees the same call twice (a retry after a lost connection) applies it once. One per client, shared by
 * all its proxies; thread-safe.
 */
public final class LockReferenceIds {

    private final AtomicLong last = new AtomicLong();

    /** A reference id no earlier call of this client used. */
    long next() {
        return last.incrementAndGet();
    }
}
