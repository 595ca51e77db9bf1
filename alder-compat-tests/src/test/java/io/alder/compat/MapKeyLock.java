package io.alder.compat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The lock of one key of a map or a multimap, through either client: the Map.lock or MultiMap.lock message
 * family.
 */
record MapKeyLock(KeyLockView<String> map, String key) implements DistributedLock {

    @Override
    public void lock() {
        map.lock(key);
    }

    @Override
    public void lock(Duration lease) {
        map.lock(key, lease.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean tryLock() {
        return map.tryLock(key);
    }

    @Override
    public boolean tryLock(Duration timeout) throws InterruptedException {
        return map.tryLock(key, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean tryLock(Duration timeout, Duration lease) throws InterruptedException {
        return map.tryLock(key, timeout.toMillis(), TimeUnit.MILLISECONDS, lease.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void unlock() {
        map.unlock(key);
    }

    @Override
    public void forceUnlock() {
        map.forceUnlock(key);
    }

    @Override
    public boolean isLocked() {
        return map.isLocked(key);
    }
}
