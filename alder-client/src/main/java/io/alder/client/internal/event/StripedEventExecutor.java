package io.alder.client.internal.event;

import io.alder.protocol.ClientMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few event threads, each with its own queue: an event goes to the thread its stripe key selects, so
 * events with the same key are handled one at a time, in arrival order. I/O threads only enqueue; a full
 * queue drops the event with a warning rather than block the I/O thread.
 */
public final class StripedEventExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StripedEventExecutor.class);

    /** An event and its handler; the message is released after the handler returns. */
    private record Task(ClientMessage event, Consumer<ClientMessage> handler) {
    }

    private final List<BlockingQueue<Task>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * @param threadCount how many event threads
     * @param queueCapacity how many events each thread may have queued
     */
    public StripedEventExecutor(int threadCount, int queueCapacity) {
        for (int i = 0; i < threadCount; i++) {
            BlockingQueue<Task> queue = new LinkedBlockingQueue<>(queueCapacity);
            Thread thread = new Thread(() -> drain(queue), "alder-client-event-" + i);
            thread.setDaemon(true);
            queues.add(queue);
            threads.add(thread);
            thread.start();
        }
    }

    /**
     * Hands an event to the thread of its stripe; takes ownership of the event, which is released after
     * {@code handler} ran (or at once if it is dropped).
     */
    public void dispatch(int stripeKey, ClientMessage event, Consumer<ClientMessage> handler) {
        BlockingQueue<Task> queue = queues.get(Math.floorMod(stripeKey, queues.size()));
        if (!running || !queue.offer(new Task(event, handler))) {
            if (running) {
                LOG.warn("event queue full ({} events), dropped {}", queue.size(), event);
            }
            event.release();
        } else if (!running) {
            releaseQueued(queue);
        }
    }

    private void drain(BlockingQueue<Task> queue) {
        while (running) {
            Task task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                break;
            }
            try {
                task.handler().accept(task.event());
            } catch (RuntimeException | Error e) {
                LOG.warn("event handler failed on {}", task.event(), e);
            } finally {
                task.event().release();
            }
        }
        releaseQueued(queue);
    }

    /** Releases what is left in a queue once the executor stopped; safe to race with the event thread. */
    private static void releaseQueued(BlockingQueue<Task> queue) {
        for (Task task = queue.poll(); task != null; task = queue.poll()) {
            task.event().release();
        }
    }

    /** Stops the threads after the events they are handling; queued events are dropped. */
    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            if (thread != Thread.currentThread()) {
                try {
                    thread.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
