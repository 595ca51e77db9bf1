package io.alder.client.internal.proxy;

import io.alder.client.AlderQueue;
import io.alder.client.AsyncAlderQueue;
import io.alder.client.DistributedObject;
import io.alder.client.ItemListener;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The blocking view of a queue: each method calls the asynchronous proxy and waits for its future (see
 * {@link Blocking}); the operations that wait on the member are waited for as long as the member may hold
 * them, and stop waiting when the calling thread is interrupted. Thread-safe.
 */
public final class BlockingAlderQueue<E> extends BlockingProxy<AsyncAlderQueue<E>> implements AlderQueue<E> {

    public BlockingAlderQueue(AsyncAlderQueue<E> async, Blocking blocking) {
        super(async, blocking, DistributedObject.QUEUE_SERVICE);
    }

    @Override
    public boolean offer(E item) {
        return blocking.join(async.offer(item));
    }

    @Override
    public boolean add(E item) {
        return blocking.join(async.add(item));
    }

    @Override
    public boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException {
        return blocking.joinInterruptibly(async.offer(item, timeout, unit), Durations.waitTime(timeout, unit));
    }

    @Override
    public void put(E item) throws InterruptedException {
        blocking.joinInterruptibly(async.put(item), null);
    }

    @Override
    public E poll() {
        return blocking.join(async.poll());
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return blocking.joinInterruptibly(async.poll(timeout, unit), Durations.waitTime(timeout, unit));
    }

    @Override
    public E take() throws InterruptedException {
        return blocking.joinInterruptibly(async.take(), null);
    }

    @Override
    public E remove() {
        return blocking.join(async.remove());
    }

    @Override
    public E peek() {
        return blocking.join(async.peek());
    }

    @Override
    public E element() {
        return blocking.join(async.element());
    }

    @Override
    public boolean remove(Object item) {
        return blocking.join(async.remove(item));
    }

    @Override
    public boolean contains(Object item) {
        return blocking.join(async.contains(item));
    }

    @Override
    public boolean containsAll(Collection<?> items) {
        return blocking.join(async.containsAll(items));
    }

    @Override
    public boolean addAll(Collection<? extends E> items) {
        return blocking.join(async.addAll(items));
    }

    @Override
    public boolean removeAll(Collection<?> items) {
        return blocking.join(async.removeAll(items));
    }

    @Override
    public boolean retainAll(Collection<?> items) {
        return blocking.join(async.retainAll(items));
    }

    @Override
    public void clear() {
        blocking.join(async.clear());
    }

    @Override
    public int size() {
        return blocking.join(async.size());
    }

    @Override
    public boolean isEmpty() {
        return blocking.join(async.isEmpty());
    }

    @Override
    public int remainingCapacity() {
        return blocking.join(async.remainingCapacity());
    }

    @Override
    public Iterator<E> iterator() {
        return blocking.join(async.toList()).iterator();
    }

    @Override
    public Object[] toArray() {
        return blocking.join(async.toList()).toArray();
    }

    @Override
    public <T> T[] toArray(T[] target) {
        return blocking.join(async.toList()).toArray(target);
    }

    @Override
    public int drainTo(Collection<? super E> target) {
        checkTarget(target);
        return addTo(target, blocking.join(async.drain()));
    }

    @Override
    public int drainTo(Collection<? super E> target, int maxItems) {
        checkTarget(target);
        return addTo(target, blocking.join(async.drain(maxItems)));
    }

    @Override
    public String addItemListener(ItemListener<E> listener, boolean includeValue) {
        return blocking.join(async.addItemListener(listener, includeValue));
    }

    @Override
    public boolean removeItemListener(String registrationId) {
        return blocking.join(async.removeItemListener(registrationId));
    }

    @Override
    public String toString() {
        return "AlderQueue{name=" + getName() + "}";
    }

    /** As {@link java.util.concurrent.BlockingQueue#drainTo} requires: a collection, and not this queue. */
    private void checkTarget(Collection<? super E> target) {
        Objects.requireNonNull(target, "target");
        if (target == this) {
            throw new IllegalArgumentException("cannot drain a queue into itself");
        }
    }

    private int addTo(Collection<? super E> target, List<E> drained) {
        target.addAll(drained);
        return drained.size();
    }
}
