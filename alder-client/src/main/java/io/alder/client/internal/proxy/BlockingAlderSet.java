package io.alder.client.internal.proxy;

import io.alder.client.AlderSet;
import io.alder.client.AsyncAlderSet;
import io.alder.client.DistributedObject;

/** The blocking view of a set: see {@link BlockingCollection}. Thread-safe. */
public final class BlockingAlderSet<E> extends BlockingCollection<E, AsyncAlderSet<E>> implements AlderSet<E> {

    public BlockingAlderSet(AsyncAlderSet<E> async, Blocking blocking) {
        super(async, blocking, DistributedObject.SET_SERVICE);
    }

    @Override
    public String toString() {
        return "AlderSet{name=" + getName() + "}";
    }
}
