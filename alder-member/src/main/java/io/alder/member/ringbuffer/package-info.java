/**
 * Ringbuffers with 3.12 semantics: {@link io.alder.member.ringbuffer.RingbufferService}, the bounded,
 * sequenced item logs that endpoints call (and that 3.12 clients build reliable topics on), configured per
 * name by {@link io.alder.member.ringbuffer.RingbufferConfigs}.
 *
 * <p>Threading: everything runs under the lock of the partition that holds the ringbuffer; a read that
 * must wait for items is parked in that partition, never blocking a thread (see
 * {@link io.alder.member.partition}).
 */
package io.alder.member.ringbuffer;
