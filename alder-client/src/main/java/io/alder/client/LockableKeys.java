package io.alder.client;

import java.util.concurrent.TimeUnit;

/**
 * The locks of the keys of a distributed map or multimap, as 3.12's IMap and MultiMap have them. A key lock
 * belongs to the calling thread of the calling client and is re-entrant; while a key is locked, other threads'
 * and clients' writes to it wait. The key need not have an entry. The waits are on the member, and a client
 * that is gone loses its locks after the member's client cleanup delay.
 *
 * @param <K> the key type
 */
public interface LockableKeys<K> {

    /**
     * Locks a key for the calling thread, waiting as long as it takes if another thread or client holds it.
     * The lock is re-entrant: a thread that holds it may lock it again, and must unlock it as often.
     */
    void lock(K key);

    /**
     * Locks a key for the calling thread for at most {@code leaseTime}, after which the cluster releases it.
     * Waits as long as it takes if another thread or client holds it.
     *
     * @param leaseTime how long the lock is held at most; negative for "until unlocked"
     */
    void lock(K key, long leaseTime, TimeUnit leaseUnit);

    /**
     * Locks a key for the calling thread if nobody else holds it; does not wait.
     *
     * @return true if the lock is now held by the calling thread
     */
    boolean tryLock(K key);

    /**
     * Locks a key for the calling thread, waiting at most {@code time} if another thread or client holds it.
     *
     * @return true if the lock was acquired, false if it stayed held for the whole time
     * @throws InterruptedException if the calling thread was interrupted while waiting (the lock may still be
     *     acquired for it by the cluster: call {@link #isLocked} or {@link #forceUnlock} to clean up)
     */
    boolean tryLock(K key, long time, TimeUnit timeUnit) throws InterruptedException;

    /**
     * Locks a key for the calling thread for at most {@code leaseTime}, waiting at most {@code time} if another
     * thread or client holds it.
     *
     * @param leaseTime how long the lock is held at most once acquired
     * @return true if the lock was acquired, false if it stayed held for the whole time
     * @throws InterruptedException if the calling thread was interrupted while waiting (see
     *     {@link #tryLock(Object, long, TimeUnit)})
     */
    boolean tryLock(K key, long time, TimeUnit timeUnit, long leaseTime, TimeUnit leaseUnit)
            throws InterruptedException;

    /**
     * Releases one hold of the calling thread on a key's lock; the key is unlocked when every hold is
     * released.
     *
     * @throws IllegalMonitorStateException if the calling thread does not hold the lock
     */
    void unlock(K key);

    /** Releases a key's lock whoever holds it and however often; does nothing if it is not locked. */
    void forceUnlock(K key);

    /** Whether any thread of any client holds the key's lock. */
    boolean isLocked(K key);
}
