package io.alder.compat;

import java.util.concurrent.TimeUnit;

/**
 * The key locks of a map or a multimap, as either client's view of it has them: each method stands for the
 * client's method of the same name and parameters (3.12's {@code IMap} and {@code MultiMap}, Alder's
 * {@code AlderMap} and {@code AlderMultiMap}). A lock belongs to the calling client and thread.
 *
 * @param <K> the key type
 */
public interface KeyLockView<K> {

    void lock(K key);

    void lock(K key, long leaseTime, TimeUnit leaseUnit);

    boolean tryLock(K key);

    boolean tryLock(K key, long time, TimeUnit timeUnit) throws InterruptedException;

    boolean tryLock(K key, long time, TimeUnit timeUnit, long leaseTime, TimeUnit leaseUnit)
            throws InterruptedException;

    void unlock(K key);

    void forceUnlock(K key);

    boolean isLocked(K key);
}
