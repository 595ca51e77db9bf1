package io.alder.benchmarks.load;

import com.hazelcast.core.IQueue;
import java.util.List;

/** {@link QueueCalls} through the official client's {@code IQueue}, which has no asynchronous calls in 3.12. */
final class OfficialQueueCalls implements QueueCalls {

    private final IQueue<byte[]> queue;

    OfficialQueueCalls(IQueue<byte[]> queue) {
        this.queue = queue;
    }

    @Override
    public void addAll(List<byte[]> items) {
        queue.addAll(items);
    }

    @Override
    public void offer(byte[] item) {
        queue.offer(item);
    }

    @Override
    public void poll() {
        queue.poll();
    }

    @Override
    public PendingCall offerAsync(byte[] item) {
        throw noAsyncCalls();
    }

    @Override
    public PendingCall pollAsync() {
        throw noAsyncCalls();
    }

    private static UnsupportedOperationException noAsyncCalls() {
        return new UnsupportedOperationException("3.12's IQueue has no asynchronous calls");
    }
}
