package io.alder.compat;

import java.time.Duration;

/**
 * One face for the kinds of distributed lock the clients offer, so that the lock scenarios run against
 * each. Ownership is the calling client plus the calling thread, as in 3.12.
 */
interface DistributedLock {

    void lock();

    void lock(Duration lease);

    boolean tryLock();

    boolean tryLock(Duration timeout) throws InterruptedException;

    boolean tryLock(Duration timeout, Duration lease) throws InterruptedException;

    void unlock();

    void forceUnlock();

    boolean isLocked();
}
