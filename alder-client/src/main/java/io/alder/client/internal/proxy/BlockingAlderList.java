package io.alder.client.internal.proxy;

import io.alder.client.AlderList;
import io.alder.client.AsyncAlderList;
import io.alder.client.DistributedObject;
import java.util.Collection;
import java.util.List;
import java.util.ListIterator;

/** The blocking view of a list: see {@link BlockingCollection}, with the index operations. Thread-safe. */
public final class BlockingAlderList<E> extends BlockingCollection<E, AsyncAlderList<E>> implements AlderList<E> {

    /** Where {@link #listIterator()} starts. */
    private static final int FIRST = 0;

    public BlockingAlderList(AsyncAlderList<E> async, Blocking blocking) {
        super(async, blocking, DistributedObject.LIST_SERVICE);
    }

    @Override
    public E get(int index) {
        return blocking.join(async.get(index));
    }

    @Override
    public E set(int index, E item) {
        return blocking.join(async.set(index, item));
    }

    @Override
    public void add(int index, E item) {
        blocking.join(async.add(index, item));
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> items) {
        return blocking.join(async.addAll(index, items));
    }

    @Override
    public E remove(int index) {
        return blocking.join(async.remove(index));
    }

    @Override
    public int indexOf(Object item) {
        return blocking.join(async.indexOf(item));
    }

    @Override
    public int lastIndexOf(Object item) {
        return blocking.join(async.lastIndexOf(item));
    }

    @Override
    public ListIterator<E> listIterator() {
        return listIterator(FIRST);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        return blocking.join(async.toList(index)).listIterator();
    }

    @Override
    public List<E> subList(int from, int to) {
        return blocking.join(async.subList(from, to));
    }

    @Override
    public String toString() {
        return "AlderList{name=" + getName() + "}";
    }
}
