/**
 * Count-down latches (ICountDownLatch) with 3.12 semantics, each in the partition of its name.
 *
 * <p>Threading: operations run on their caller's thread under the lock of that partition; an {@code await}
 * that must wait is parked there, never blocking a thread (see {@link io.alder.member.partition}), and is
 * completed by the thread whose {@code countDown} reaches 0 or by the engine's scheduler on timeout.
 */
package io.alder.member.latch;
