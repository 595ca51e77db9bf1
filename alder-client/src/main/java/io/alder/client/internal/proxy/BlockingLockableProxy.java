package io.alder.client.internal.proxy;

import io.alder.client.AsyncDistributedObject;
import io.alder.client.AsyncLockableKeys;
import io.alder.client.LockableKeys;
import java.util.concurrent.TimeUnit;

/**
 * The part the blocking views of maps and multimaps share: their key locks, which wait for the asynchronous
 * view's stages; {@code lock} as long as the member holds it, {@code tryLock} with a timeout that much longer,
 * and interruptibly.
 *
 * @param <A> the asynchronous view's type
 * @param <K> the key type
 */
public abstract class BlockingLockableProxy<A extends AsyncDistributedObject & AsyncLockableKeys<K>, K>
        extends BlockingProxy<A> implements LockableKeys<K> {

    protected BlockingLockableProxy(A async, Blocking blocking, String serviceName) {
        super(async, blocking, serviceName);
    }

    @Override
    public void lock(K key) {
        blocking.joinWithoutDeadline(async.lock(key));
    }

    @Override
    public void lock(K key, long leaseTime, TimeUnit leaseUnit) {
        blocking.joinWithoutDeadline(async.lock(key, leaseTime, leaseUnit));
    }

    @Override
    public boolean tryLock(K key) {
        return blocking.join(async.tryLock(key));
    }

    @Override
    public boolean tryLock(K key, long time, TimeUnit timeUnit) throws InterruptedException {
        return blocking.joinInterruptibly(async.tryLock(key, time, timeUnit), Durations.waitTime(time, timeUnit));
    }

    @Override
    public boolean tryLock(K key, long time, TimeUnit timeUnit, long leaseTime, TimeUnit leaseUnit)
            throws InterruptedException {
        return blocking.joinInterruptibly(async.tryLock(key, time, timeUnit, leaseTime, leaseUnit),
                Durations.waitTime(time, timeUnit));
    }

    @Override
    public void unlock(K key) {
        blocking.join(async.unlock(key));
    }

    @Override
    public void forceUnlock(K key) {
        blocking.join(async.forceUnlock(key));
    }

    @Override
    public boolean isLocked(K key) {
        return blocking.join(async.isLocked(key));
    }
}
