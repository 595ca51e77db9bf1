package io.alder.client.internal.proxy;

import io.alder.client.AlderCollection;
import io.alder.client.AsyncAlderCollection;
import io.alder.client.ItemListener;
import java.util.Collection;
import java.util.Iterator;

/**
 * What the blocking views of sets and lists share: each method calls the asynchronous proxy and waits for its
 * future (see {@link Blocking}). Thread-safe.
 *
 * @param <E> the item type
 * @param <A> the asynchronous view's type
 */
abstract sealed class BlockingCollection<E, A extends AsyncAlderCollection<E>> extends BlockingProxy<A>
        implements AlderCollection<E> permits BlockingAlderSet, BlockingAlderList {

    BlockingCollection(A async, Blocking blocking, String serviceName) {
        super(async, blocking, serviceName);
    }

    @Override
    public final boolean add(E item) {
        return blocking.join(async.add(item));
    }

    @Override
    public final boolean addAll(Collection<? extends E> items) {
        return blocking.join(async.addAll(items));
    }

    @Override
    public final boolean remove(Object item) {
        return blocking.join(async.remove(item));
    }

    @Override
    public final boolean removeAll(Collection<?> items) {
        return blocking.join(async.removeAll(items));
    }

    @Override
    public final boolean retainAll(Collection<?> items) {
        return blocking.join(async.retainAll(items));
    }

    @Override
    public final void clear() {
        blocking.join(async.clear());
    }

    @Override
    public final boolean contains(Object item) {
        return blocking.join(async.contains(item));
    }

    @Override
    public final boolean containsAll(Collection<?> items) {
        return blocking.join(async.containsAll(items));
    }

    @Override
    public final int size() {
        return blocking.join(async.size());
    }

    @Override
    public final boolean isEmpty() {
        return blocking.join(async.isEmpty());
    }

    @Override
    public final Iterator<E> iterator() {
        return blocking.join(async.toList()).iterator();
    }

    @Override
    public final Object[] toArray() {
        return blocking.join(async.toList()).toArray();
    }

    @Override
    public final <T> T[] toArray(T[] target) {
        return blocking.join(async.toList()).toArray(target);
    }

    @Override
    public final String addItemListener(ItemListener<E> listener, boolean includeValue) {
        return blocking.join(async.addItemListener(listener, includeValue));
    }

    @Override
    public final boolean removeItemListener(String registrationId) {
        return blocking.join(async.removeItemListener(registrationId));
    }
}
