/**
 * Locks with 3.12 semantics: {@link io.alder.member.lock.KeyLocks}, the table of re-entrant, leased key
 * locks owned by a client thread that map key locks and named locks share, and
 * {@link io.alder.member.lock.LockService}, the named locks (ILock) and their conditions that endpoints call.
 *
 * <p>Threading: everything runs under the lock of the partition that holds the lock; a lock request that
 * must wait is parked in that partition, never blocking a thread (see {@link io.alder.member.partition}).
 */
package io.alder.member.lock;
