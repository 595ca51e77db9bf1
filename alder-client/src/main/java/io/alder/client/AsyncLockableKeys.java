package io.alder.client;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The locks of the keys of a distributed map or multimap, asynchronously (see {@link LockableKeys}). A lock
 * belongs to the thread that issues the call, whichever thread completes the stages: a lock taken with
 * {@link #lock} from thread A is released by {@link #unlock} from thread A.
 *
 * @param <K> the key type
 */
public interface AsyncLockableKeys<K> {

    /**
     * Locks a key for the calling thread, waiting as long as it takes if another thread or client holds it.
     * The lock is re-entrant: a thread that holds it may lock it again, and must unlock it as often. The stage
     * has no deadline: it completes when the lock is acquired.
     */
    CompletionStage<Void> lock(K key);

    /**
     * Locks a key for the calling thread for at most {@code leaseTime}, after which the cluster releases it.
     * Waits as long as it takes if another thread or client holds it.
     *
     * @param leaseTime how long the lock is held at most; negative for "until unlocked"
     */
    CompletionStage<Void> lock(K key, long leaseTime, TimeUnit leaseUnit);

    /**
     * Locks a key for the calling thread if nobody else holds it; does not wait.
     *
     * @return true if the lock is now held by the calling thread
     */
    CompletionStage<Boolean> tryLock(K key);

    /**
     * Locks a key for the calling thread, waiting at most {@code time} if another thread or client holds it.
     *
     * @return true if the lock was acquired, false if it stayed held for the whole time
     */
    CompletionStage<Boolean> tryLock(K key, long time, TimeUnit timeUnit);

    /**
     * Locks a key for the calling thread for at most {@code leaseTime}, waiting at most {@code time} if another
     * thread or client holds it.
     *
     * @param leaseTime how long the lock is held at most once acquired
     * @return true if the lock was acquired, false if it stayed held for the whole time
     */
    CompletionStage<Boolean> tryLock(K key, long time, TimeUnit timeUnit, long leaseTime, TimeUnit leaseUnit);

    /**
     * Releases one hold of the calling thread on a key's lock; the key is unlocked when every hold is
     * released. Fails with an {@link IllegalMonitorStateException} if the calling thread does not hold it.
     */
    CompletionStage<Void> unlock(K key);

    /** Releases a key's lock whoever holds it and however often; completes normally if it is not locked. */
    CompletionStage<Void> forceUnlock(K key);

    /** Whether any thread of any client holds the key's lock. */
    CompletionStage<Boolean> isLocked(K key);
}
