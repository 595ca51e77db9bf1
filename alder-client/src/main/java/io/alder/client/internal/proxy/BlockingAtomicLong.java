package io.alder.client.internal.proxy;

import io.alder.client.AlderAtomicLong;
import io.alder.client.AsyncAlderAtomicLong;
import io.alder.client.DistributedObject;

/** The blocking view of a counter: each method calls the asynchronous proxy and waits for it. Thread-safe. */
public final class BlockingAtomicLong extends BlockingProxy<AsyncAlderAtomicLong> implements AlderAtomicLong {

    public BlockingAtomicLong(AsyncAlderAtomicLong async, Blocking blocking) {
        super(async, blocking, DistributedObject.ATOMIC_LONG_SERVICE);
    }

    @Override
    public long get() {
        return blocking.join(async.get());
    }

    @Override
    public void set(long newValue) {
        blocking.join(async.set(newValue));
    }

    @Override
    public long getAndSet(long newValue) {
        return blocking.join(async.getAndSet(newValue));
    }

    @Override
    public long addAndGet(long delta) {
        return blocking.join(async.addAndGet(delta));
    }

    @Override
    public long getAndAdd(long delta) {
        return blocking.join(async.getAndAdd(delta));
    }

    @Override
    public long incrementAndGet() {
        return blocking.join(async.incrementAndGet());
    }

    @Override
    public long decrementAndGet() {
        return blocking.join(async.decrementAndGet());
    }

    @Override
    public long getAndIncrement() {
        return blocking.join(async.getAndIncrement());
    }

    @Override
    public boolean compareAndSet(long expect, long update) {
        return blocking.join(async.compareAndSet(expect, update));
    }

    @Override
    public void alter(Object function) {
        blocking.join(async.alter(function));
    }

    @Override
    public long alterAndGet(Object function) {
        return blocking.join(async.alterAndGet(function));
    }

    @Override
    public long getAndAlter(Object function) {
        return blocking.join(async.getAndAlter(function));
    }

    @Override
    public <R> R apply(Object function) {
        return blocking.join(async.<R>apply(function));
    }

    @Override
    public String toString() {
        return "AlderAtomicLong{name=" + getName() + "}";
    }
}
