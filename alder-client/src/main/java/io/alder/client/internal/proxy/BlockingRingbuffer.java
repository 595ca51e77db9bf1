package io.alder.client.internal.proxy;

import io.alder.client.AlderRingbuffer;
import io.alder.client.AsyncAlderRingbuffer;
import io.alder.client.DistributedObject;
import io.alder.client.OverflowPolicy;
import io.alder.client.ReadResultSet;
import java.util.Collection;
import java.util.concurrent.CompletionStage;

/**
 * The blocking view of a ringbuffer: each method calls the asynchronous proxy and waits for its stage (see
 * {@link Blocking}); {@code readOne} waits as long as it takes. Thread-safe.
 */
public final class BlockingRingbuffer<E> extends BlockingProxy<AsyncAlderRingbuffer<E>>
        implements AlderRingbuffer<E> {

    public BlockingRingbuffer(AsyncAlderRingbuffer<E> async, Blocking blocking) {
        super(async, blocking, DistributedObject.RINGBUFFER_SERVICE);
    }

    @Override
    public long capacity() {
        return blocking.join(async.capacity());
    }

    @Override
    public long size() {
        return blocking.join(async.size());
    }

    @Override
    public long tailSequence() {
        return blocking.join(async.tailSequence());
    }

    @Override
    public long headSequence() {
        return blocking.join(async.headSequence());
    }

    @Override
    public long remainingCapacity() {
        return blocking.join(async.remainingCapacity());
    }

    @Override
    public long add(E item) {
        return blocking.join(async.add(item, OverflowPolicy.OVERWRITE));
    }

    @Override
    public CompletionStage<Long> addAsync(E item, OverflowPolicy overflowPolicy) {
        return async.add(item, overflowPolicy);
    }

    @Override
    public E readOne(long sequence) throws InterruptedException {
        return blocking.joinInterruptibly(async.readOne(sequence), null);
    }

    @Override
    public CompletionStage<Long> addAllAsync(Collection<? extends E> items, OverflowPolicy overflowPolicy) {
        return async.addAll(items, overflowPolicy);
    }

    @Override
    public CompletionStage<ReadResultSet<E>> readManyAsync(long startSequence, int minCount, int maxCount) {
        return async.readMany(startSequence, minCount, maxCount);
    }

    @Override
    public String toString() {
        return "AlderRingbuffer{name=" + getName() + "}";
    }
}
