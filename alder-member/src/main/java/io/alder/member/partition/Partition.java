package io.alder.member.partition;

import io.alder.serialization.Data;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One partition: a lock that every operation on the partition's data holds for a short critical
 * section, and the operations parked in it, in arrival order per {@link WaitKey}.
 *
 * <p>Waking is deferred: {@link #wake} only notes the key, and the parked operations of noted keys are
 * retried when the outermost {@link #unlock} ends the current critical section, so that an operation
 * never sees another one run in the middle of it. Outcomes of parked operations that ended are then
 * delivered after the lock is released, on the releasing thread.
 *
 * <p>Methods other than {@link #lock}, {@link #unlock} and {@link #id} must be called with the lock
 * held.
 */
public final class Partition {

    private static final Logger LOG = LoggerFactory.getLogger(Partition.class);

    private final int id;
    private final ScheduledExecutorService scheduler;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<WaitKey, ArrayDeque<ParkedOperation>> parked = new HashMap<>();
    private final ArrayDeque<WaitKey> wakeUps = new ArrayDeque<>();
    private ArrayList<ParkedOperation> ended = new ArrayList<>();

    Partition(int id, ScheduledExecutorService scheduler) {
        this.id = id;
        this.scheduler = scheduler;
    }

    public int id() {
        return id;
    }

    /** Enters the partition's critical section; re-entrant. */
    public void lock() {
        lock.lock();
    }

    /**
     * Leaves the critical section. Leaving the outermost one first retries the operations parked under
     * keys woken meanwhile, then releases the lock, then delivers the outcomes of the operations that
     * ended.
     */
    public void unlock() {
        ArrayList<ParkedOperation> toDeliver = null;
        try {
            if (lock.getHoldCount() == 1) {
                retryWoken();
                if (!ended.isEmpty()) {
                    toDeliver = ended;
                    ended = new ArrayList<>();
                }
            }
        } finally {
            lock.unlock();
        }
        if (toDeliver != null) {
            toDeliver.forEach(Partition::deliver);
        }
    }

    /**
     * Parks an operation until it is woken and its retry succeeds, its timeout passes or it is
     * cancelled.
     */
    public void park(WaitKey key, ParkedOperation operation) {
        parked.computeIfAbsent(key, k -> new ArrayDeque<>(2)).addLast(operation);
        ScheduledFuture<?> timeout = operation.timeoutMillis() > 0
                ? scheduler.schedule(() -> timeOut(operation), operation.timeoutMillis(), TimeUnit.MILLISECONDS)
                : null;
        operation.parkedUnder(key, timeout);
    }

    /**
     * Notes that what operations parked under this key wait for may have changed; they are retried when
     * the current critical section ends.
     */
    public void wake(String serviceName, String objectName, Data key) {
        if (!parked.isEmpty()) {
            wakeUps.addLast(new WaitKey(serviceName, objectName, key));
        }
    }

    /** Ends every parked operation that {@code which} selects with {@code cause}. */
    public void cancelParked(Predicate<ParkedOperation> which, Throwable cause) {
        Iterator<ArrayDeque<ParkedOperation>> queues = parked.values().iterator();
        while (queues.hasNext()) {
            ArrayDeque<ParkedOperation> queue = queues.next();
            queue.removeIf(operation -> {
                if (!which.test(operation)) {
                    return false;
                }
                operation.cancelled(cause);
                end(operation);
                return true;
            });
            if (queue.isEmpty()) {
                queues.remove();
            }
        }
    }

    /** How many operations are parked in this partition. */
    public int parkedCount() {
        int count = 0;
        for (ArrayDeque<ParkedOperation> queue : parked.values()) {
            count += queue.size();
        }
        return count;
    }

    /**
     * Retries the operations of every woken key once each, in arrival order. Every waiter gets its
     * turn, not only the first, because waiters of one key may wait for different things (a caller
     * that owns a lock never waits for it).
     */
    private void retryWoken() {
        WaitKey key;
        while ((key = wakeUps.pollFirst()) != null) {
            ArrayDeque<ParkedOperation> queue = parked.get(key);
            if (queue == null) {
                continue;
            }
            for (int turns = queue.size(); turns > 0 && !queue.isEmpty(); turns--) {
                ParkedOperation operation = queue.pollFirst();
                if (operation.retry()) {
                    end(operation);
                } else {
                    queue.addLast(operation);
                }
            }
            if (queue.isEmpty()) {
                parked.remove(key, queue);
            }
        }
    }

    private void timeOut(ParkedOperation operation) {
        lock();
        try {
            if (operation.isFinished()) {
                return;
            }
            ArrayDeque<ParkedOperation> queue = parked.get(operation.waitKey());
            if (queue != null && queue.remove(operation)) {
                if (queue.isEmpty()) {
                    parked.remove(operation.waitKey());
                }
                operation.timedOut();
                end(operation);
            }
        } finally {
            unlock();
        }
    }

    private void end(ParkedOperation operation) {
        operation.finish();
        ended.add(operation);
    }

    private static void deliver(ParkedOperation operation) {
        try {
            operation.deliver();
        } catch (RuntimeException e) {
            LOG.warn("Delivering the outcome of a parked operation failed", e);
        }
    }
}
