package io.alder.client.internal.proxy;

import io.alder.client.AlderAtomicReference;
import io.alder.client.AsyncAlderAtomicReference;
import io.alder.client.DistributedObject;

/** The blocking view of a reference: each method calls the asynchronous proxy and waits for it. Thread-safe. */
public final class BlockingAtomicReference<E> extends BlockingProxy<AsyncAlderAtomicReference<E>>
        implements AlderAtomicReference<E> {

    public BlockingAtomicReference(AsyncAlderAtomicReference<E> async, Blocking blocking) {
        super(async, blocking, DistributedObject.ATOMIC_REFERENCE_SERVICE);
    }

    @Override
    public E get() {
        return blocking.join(async.get());
    }

    @Override
    public void set(E newValue) {
        blocking.join(async.set(newValue));
    }

    @Override
    public E getAndSet(E newValue) {
        return blocking.join(async.getAndSet(newValue));
    }

    @Override
    public E setAndGet(E update) {
        return blocking.join(async.setAndGet(update));
    }

    @Override
    public boolean compareAndSet(E expect, E update) {
        return blocking.join(async.compareAndSet(expect, update));
    }

    @Override
    public boolean isNull() {
        return blocking.join(async.isNull());
    }

    @Override
    public void clear() {
        blocking.join(async.clear());
    }

    @Override
    public boolean contains(E value) {
        return blocking.join(async.contains(value));
    }

    @Override
    public void alter(Object function) {
        blocking.join(async.alter(function));
    }

    @Override
    public E alterAndGet(Object function) {
        return blocking.join(async.alterAndGet(function));
    }

    @Override
    public E getAndAlter(Object function) {
        return blocking.join(async.getAndAlter(function));
    }

    @Override
    public <R> R apply(Object function) {
        return blocking.join(async.<R>apply(function));
    }

    @Override
    public String toString() {
        return "AlderAtomicReference{name=" + getName() + "}";
    }
}
