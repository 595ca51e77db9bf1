package io.alder.member;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A clock and a scheduler that only move when a test says so: {@link #advance} moves the time forward
 * and runs, on the test's thread and in due order, every task that has come due. Makes timeouts, leases
 * and sweeps deterministic without sleeping.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService, Clock {

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private long now;
    private long sequence;
    private boolean shutdown;

    public ManualScheduler(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public synchronized long millis() {
        return now;
    }

    /** Moves the time forward by {@code millis}, running the tasks that come due on the way. */
    public void advance(long millis) {
        long target;
        synchronized (this) {
            target = now + millis;
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.dueAt > target) {
                    now = target;
                    return;
                }
                tasks.poll();
                now = Math.max(now, next.dueAt);
            }
            next.runOnce();
        }
    }

    /** How many tasks wait to come due (cancelled ones excluded). */
    public synchronized int pendingTasks() {
        return (int) tasks.stream().filter(task -> !task.isCancelled()).count();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(command, unit.toMillis(delay), 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("the engine schedules Runnables only");
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(command, unit.toMillis(initialDelay), unit.toMillis(period));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(command, unit.toMillis(initialDelay), unit.toMillis(delay));
    }

    @Override
    public void execute(Runnable command) {
        add(command, 0, 0);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> pending = new ArrayList<>(tasks);
        tasks.clear();
        return pending;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private synchronized Task add(Runnable command, long delayMillis, long periodMillis) {
        Task task = new Task(command, now + Math.max(0, delayMillis), periodMillis, sequence++);
        tasks.add(task);
        return task;
    }

    private synchronized void reschedule(Task task) {
        task.dueAt = now + task.periodMillis;
        tasks.add(task);
    }

    /** A scheduled task; periodic when its period is positive. */
    private final class Task implements ScheduledFuture<Object>, Runnable {
        private final Runnable command;
        private final long periodMillis;
        private final long order;
        private long dueAt;
        private volatile boolean cancelled;
        private volatile boolean done;

        Task(Runnable command, long dueAt, long periodMillis, long order) {
            this.command = command;
            this.dueAt = dueAt;
            this.periodMillis = periodMillis;
            this.order = order;
        }

        void runOnce() {
            if (cancelled) {
                return;
            }
            command.run();
            if (periodMillis > 0 && !cancelled) {
                reschedule(this);
            } else {
                done = true;
            }
        }

        @Override
        public void run() {
            runOnce();
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueAt - millis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task that = (Task) other;
            int byTime = Long.compare(dueAt, that.dueAt);
            return byTime != 0 ? byTime : Long.compare(order, that.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean wasPending = !cancelled && !done;
            cancelled = true;
            return wasPending;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("the engine never waits for its tasks");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException("the engine never waits for its tasks");
        }
    }
}
