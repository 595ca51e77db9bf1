package io.alder.compat;

import java.time.Duration;

/**
 * One face for the two kinds of distributed lock the official client offers, so that the lock
 * scenarios run against both. Ownership is the calling client plus the calling thread, as in 3.12.
 */
interface DistributedLock {

    void lock();

    void lock(Duration lease);

    boolean tryLock(Duration timeout) throws InterruptedException;

    boolean tryLock(Duration timeout, Duration lease) throws InterruptedException;

    void unlock();

    void forceUnlock();

    boolean isLocked();
}
