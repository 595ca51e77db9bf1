package io.alder.member.semaphore;

import java.util.HashMap;
import java.util.Map;

/**
 * The state of one semaphore, with 3.12's rules: the permits available (which {@code reducePermits} may take
 * below 0), whether it was initialized, and how many permits each client holds, so that the permits of a
 * client that is gone can be given back. Only touched under its partition's lock.
 */
final class Permits {

    private final int initialPermits;
    private int available;
    private boolean initialized;
    /** Permits acquired or drained and not released, by client uuid; only positive counts are kept. */
    private final Map<String, Integer> held = new HashMap<>();

    /** A semaphore no one used yet, with the configured initial permits. */
    Permits(int initialPermits) {
        this.initialPermits = initialPermits;
        this.available = initialPermits;
    }

    int available() {
        return available;
    }

    /**
     * Sets the permits, unless they were set before or are not 0 now (initial permits count); whether it did.
     */
    boolean init(int permits) {
        if (initialized || available != 0) {
            return false;
        }
        available = permits;
        initialized = true;
        return true;
    }

    /**
     * Takes {@code permits} for {@code client} if that many are available; whether it did. As in 3.12, even 0
     * permits need at least one available.
     */
    boolean tryAcquire(String client, int permits) {
        if (available <= 0 || available - permits < 0) {
            return false;
        }
        available -= permits;
        hold(client, permits);
        initialized = true;
        return true;
    }

    /** Takes every available permit for {@code client}; how many (below 0 they are reset to 0, as in 3.12). */
    int drain(String client) {
        int drained = available;
        available = 0;
        if (drained > 0) {
            initialized = true;
            hold(client, drained);
        }
        return drained;
    }

    /** Removes permits, possibly below 0; a change that would overflow is ignored, as in 3.12. */
    void reduce(int reduction) {
        int reduced = available - reduction;
        if (reduced <= available) {
            available = reduced;
        }
    }

    /** Adds permits; a change that would overflow is ignored, as in 3.12. */
    void increase(int increase) {
        int increased = available + increase;
        if (increased >= available) {
            available = increased;
        }
    }

    /** Gives permits back; any caller may, whether it holds them or not. */
    void release(String client, int permits) {
        available += permits;
        initialized = true;
        Integer holding = held.get(client);
        if (holding != null) {
            unhold(client, holding - permits);
        }
    }

    /** Gives back every permit {@code client} holds; whether it held any. */
    boolean releaseAllOf(String client) {
        Integer holding = held.remove(client);
        if (holding == null) {
            return false;
        }
        available += holding;
        return true;
    }

    /** Whether this state is the one a semaphore never used has, so that it need not be kept. */
    boolean isUnused() {
        return !initialized && available == initialPermits && held.isEmpty();
    }

    private void hold(String client, int permits) {
        if (permits > 0) {
            held.merge(client, permits, Integer::sum);
        }
    }

    private void unhold(String client, int remaining) {
        if (remaining <= 0) {
            held.remove(client);
        } else {
            held.put(client, remaining);
        }
    }
}
