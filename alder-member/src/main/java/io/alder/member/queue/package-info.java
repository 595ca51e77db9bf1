/**
 * The distributed queue (IQueue) of a member, with 3.12 semantics: FIFO queues of opaque serialized items,
 * bounded by a per-name capacity ({@link io.alder.member.queue.QueueSettings}), with item listeners.
 *
 * <p>{@link io.alder.member.queue.QueueService} is the API endpoints call. A queue lives in the partition
 * of its name; operations run on the caller's thread under that partition's lock, and an offer to a full
 * queue or a poll of an empty one that may wait is parked in the partition rather than blocking its
 * thread (see {@link io.alder.member.partition}). The member never deserializes items: they are compared
 * by their bytes.
 */
package io.alder.member.queue;
