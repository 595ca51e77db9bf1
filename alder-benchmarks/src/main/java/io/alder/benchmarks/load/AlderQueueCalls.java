package io.alder.benchmarks.load;

import io.alder.client.AlderQueue;
import io.alder.client.AsyncAlderQueue;
import java.util.List;

/** {@link QueueCalls} through Alder's {@code AlderQueue} and its asynchronous view. */
final class AlderQueueCalls implements QueueCalls {

    private final AlderQueue<byte[]> queue;
    private final AsyncAlderQueue<byte[]> asyncQueue;
    private final AlderMemberLoss memberLoss;

    AlderQueueCalls(AlderQueue<byte[]> queue, AlderMemberLoss memberLoss) {
        this.queue = queue;
        this.asyncQueue = queue.async();
        this.memberLoss = memberLoss;
    }

    @Override
    public void addAll(List<byte[]> items) {
        memberLoss.call(() -> queue.addAll(items));
    }

    @Override
    public void offer(byte[] item) {
        memberLoss.call(() -> queue.offer(item));
    }

    @Override
    public void poll() {
        memberLoss.call(queue::poll);
    }

    @Override
    public PendingCall offerAsync(byte[] item) {
        return memberLoss.pending(asyncQueue.offer(item));
    }

    @Override
    public PendingCall pollAsync() {
        return memberLoss.pending(asyncQueue.poll());
    }
}
