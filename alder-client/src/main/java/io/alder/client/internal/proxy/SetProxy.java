package io.alder.client.internal.proxy;

import io.alder.client.AsyncAlderSet;
import io.alder.client.DistributedObject;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.codec.SetCodec;

/** The client side of one distributed set: the Set messages of {@link CollectionProxy}. Thread-safe. */
public final class SetProxy<E> extends CollectionProxy<E> implements AsyncAlderSet<E> {

    /**
     * A proxy for the set {@code name}.
     *
     * @param objects where the set is destroyed
     */
    public SetProxy(String name, ClientContext context, ObjectRegistry objects) {
        super(name, SetCodec.MESSAGES, DistributedObject.SET_SERVICE, context, objects);
    }

    @Override
    public String toString() {
        return "AsyncAlderSet{name=" + getName() + "}";
    }
}
