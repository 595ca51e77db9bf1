/**
 * Partitions as units of mutual exclusion, and the parking of operations that must wait.
 *
 * <p>Every partition has a short lock: an operation runs on its caller's thread while it holds the lock
 * of the partition it touches. An operation that cannot proceed yet (for example a put on a key that
 * another client has locked) is parked under a {@link io.alder.member.partition.WaitKey} instead of
 * blocking its thread; it is retried when the partition is woken for that key, timed out by a task on
 * the engine's scheduler, or cancelled. Outcomes of parked operations are delivered after the partition
 * lock is released, on the thread that released it. {@link io.alder.member.partition.ParkedAttempt} is the
 * usual way in: it runs an operation at once and parks it only while it must wait.
 * {@link io.alder.member.partition.PartitionedObjects} keeps a service's named objects per partition and ends
 * their parked operations when an object is destroyed, a client is gone or the member stops.
 *
 * <p>Engine internals: services use these classes, endpoints do not.
 */
package io.alder.member.partition;
