package io.alder.benchmarks.load;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Offers and polls on a few queues: each call picks a uniformly random queue and, with probability
 * {@code pollShare}, polls it, otherwise offers it the same item. The queues are pre-filled with
 * {@code items} items between them, so that with a balanced mix polls keep finding items.
 */
final class QueueWorkload implements Workload {

    private final List<QueueCalls> queues;
    private final int items;
    private final byte[] item;
    private final double pollShare;

    QueueWorkload(List<QueueCalls> queues, int items, int itemSize, double pollShare) {
        this.queues = List.copyOf(queues);
        this.items = items;
        this.item = new byte[itemSize];
        ThreadLocalRandom.current().nextBytes(item);
        this.pollShare = pollShare;
    }

    /** One bulk call per queue, each bounded by the client's invocation timeout rather than {@code timeoutMillis}. */
    @Override
    public void prepare(long timeoutMillis) {
        try {
            for (int i = 0; i < queues.size(); i++) {
                int share = items / queues.size() + (i < items % queues.size() ? 1 : 0);
                queues.get(i).addAll(Collections.nCopies(share, item));
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("pre-fill failed: " + e, e);
        }
    }

    @Override
    public void callSync() {
        QueueCalls queue = RandomPick.oneOf(queues);
        if (RandomPick.withShare(pollShare)) {
            queue.poll();
        } else {
            queue.offer(item);
        }
    }

    @Override
    public PendingCall callAsync() {
        QueueCalls queue = RandomPick.oneOf(queues);
        return RandomPick.withShare(pollShare) ? queue.pollAsync() : queue.offerAsync(item);
    }
}
