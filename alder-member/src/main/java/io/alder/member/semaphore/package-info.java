/**
 * Semaphores (ISemaphore) with 3.12 semantics, each in the partition of its name, with the permits each
 * client holds and the initial permits configured per name ({@link io.alder.member.semaphore.SemaphoreSettings}).
 *
 * <p>Threading: operations run on their caller's thread under the lock of that partition; an acquire that
 * must wait is parked there, never blocking a thread (see {@link io.alder.member.partition}), and is
 * completed by the thread that made permits available or by the engine's scheduler on timeout.
 */
package io.alder.member.semaphore;
