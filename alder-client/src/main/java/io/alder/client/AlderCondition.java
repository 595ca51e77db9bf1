package io.alder.client;

import java.util.concurrent.locks.Condition;

/**
 * A named condition of a distributed lock (3.12's {@code ICondition}). Awaiting it leaves the lock, waits on
 * the member until another thread (of any client) holding the lock signals the condition or the time is up,
 * then takes the lock back before returning. As in 3.12, a thread that holds the lock more than once leaves
 * it only once while it waits.
 *
 * <p>Awaiting or signalling without holding the lock throws {@link IllegalMonitorStateException}. A thread
 * interrupted while it waits gets {@link InterruptedException} at once (already on entry if its interrupt
 * flag is set); the wait on the member goes on, like 3.12's, and hands the lock back to that thread when it
 * ends. {@link #awaitNanos} and {@link #awaitUntil} measure their time on this client.
 */
public interface AlderCondition extends Condition {

    /** The condition's name. */
    String getName();

    /** The same condition with non-blocking operations. */
    AsyncAlderCondition async();
}
