/**
 * The Alder engine: partitions and the stores in them (maps, locks, queues, topics, ringbuffers, atomics,
 * latches and semaphores), listeners, distributed objects and client sessions. It knows nothing about
 * sockets or wire formats: endpoints call it with decoded parameters and receive results through
 * {@link io.alder.member.Completion}s.
 *
 * <p>Threading: operations run on the caller's thread (an endpoint's I/O thread) under the lock of the
 * partition they touch, and never block; an operation that must wait is parked and completed later by
 * the thread that releases it or by the engine's scheduler.
 */
package io.alder.member;
