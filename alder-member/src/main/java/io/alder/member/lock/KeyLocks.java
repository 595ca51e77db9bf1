package io.alder.member.lock;

import io.alder.member.CallerId;
import io.alder.member.partition.Partition;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The locks of one distributed object's keys in one partition, with 3.12's rules: a lock belongs to one
 * caller (client and thread), is re-entrant, and may have a lease after which it is released by itself.
 * Each lock and unlock request carries a reference id; repeating the last one (a client retrying a
 * request whose answer it lost) changes nothing. Map key locks keep one table per map; an ILock is the
 * single key (its name) of its own table.
 *
 * <p>Releasing a lock wakes the operations parked in the partition on its {@code WaitKey(serviceName,
 * objectName, key)}. A lease ends through a task on the scheduler, and a lock whose lease has run out is
 * also treated as released as soon as anyone looks at it. Only touched under the partition lock, except
 * for the lease task, which takes it.
 */
public final class KeyLocks {

    /** The reference id of a call that carries none. */
    public static final long NO_REFERENCE_ID = 0;

    private final String serviceName;
    private final String objectName;
    private final Partition partition;
    private final ScheduledExecutorService scheduler;
    private final HashMap<Data, KeyLock> locks = new HashMap<>();

    /**
     * @param serviceName the service of the object, for waking the operations that wait for its keys
     * @param objectName the object's name, likewise
     * @param partition the partition whose lock guards this table
     * @param scheduler runs the lease ends
     */
    public KeyLocks(String serviceName, String objectName, Partition partition, ScheduledExecutorService scheduler) {
        this.serviceName = serviceName;
        this.objectName = objectName;
        this.partition = partition;
        this.scheduler = scheduler;
    }

    /** Whether no key is locked, counting locks whose lease ran out but that nobody looked at since. */
    public boolean isEmpty() {
        return locks.isEmpty();
    }

    public boolean isLocked(Data key, long now) {
        return current(key, now) != null;
    }

    /** Whether {@code caller} holds the key's lock. */
    public boolean isLockedBy(Data key, CallerId caller, long now) {
        KeyLock lock = current(key, now);
        return lock != null && lock.owner.equals(caller);
    }

    /** Whether the key is locked by someone other than {@code caller}, which makes caller's writes wait. */
    public boolean isLockedByOther(Data key, CallerId caller, long now) {
        KeyLock lock = current(key, now);
        return lock != null && !lock.owner.equals(caller);
    }

    /** How often the owner holds the lock (0 when it is free). */
    public int lockCount(Data key, long now) {
        KeyLock lock = current(key, now);
        return lock == null ? 0 : lock.count;
    }

    /**
     * The milliseconds until the lease ends: -1 when the key is not locked, and for a lock without lease
     * the time until {@link Long#MAX_VALUE}, as 3.12 reports it.
     */
    public long remainingLeaseMillis(Data key, long now) {
        KeyLock lock = current(key, now);
        return lock == null ? -1 : lock.leaseEnd - now;
    }

    /**
     * Takes the lock or enters it once more, starting its lease anew; a negative lease (or one that
     * reaches past the end of time) means no lease.
     *
     * @return false if another caller holds it
     */
    public boolean lock(Data key, CallerId caller, long leaseMillis, long referenceId, long now) {
        KeyLock lock = current(key, now);
        if (lock == null) {
            lock = new KeyLock(key, caller, referenceId);
            locks.put(key, lock);
        } else if (!lock.owner.equals(caller)) {
            return false;
        } else if (isRetry(lock, referenceId)) {
            return true;
        } else {
            lock.referenceId = referenceId;
            lock.count++;
        }
        startLease(lock, leaseMillis, now);
        return true;
    }

    /**
     * Leaves the lock once.
     *
     * @throws IllegalMonitorStateException if {@code caller} does not hold it
     */
    public void unlock(Data key, CallerId caller, long referenceId, long now) {
        KeyLock lock = ownedBy(key, caller, now);
        if (isRetry(lock, referenceId)) {
            return;
        }
        lock.referenceId = referenceId;
        if (--lock.count == 0) {
            release(lock);
        }
    }

    /**
     * Checks that {@code caller} holds the key's lock.
     *
     * @throws IllegalMonitorStateException, worded as in 3.12, if it does not
     */
    public void requireOwner(Data key, CallerId caller, long now) {
        ownedBy(key, caller, now);
    }

    private KeyLock ownedBy(Data key, CallerId caller, long now) {
        KeyLock lock = current(key, now);
        if (lock == null || !lock.owner.equals(caller)) {
            throw notOwner(lock);
        }
        return lock;
    }

    /**
     * Whether a call repeats the last one applied to this lock: the same reference id, which clients give
     * every lock call so that a retry is applied once. Zero means the client sent none (the Node.js 3.12
     * client always sends 0), and then no call counts as a retry, as in 3.12.
     */
    private static boolean isRetry(KeyLock lock, long referenceId) {
        return referenceId != NO_REFERENCE_ID && lock.referenceId == referenceId;
    }

    /** Releases the lock whoever holds it; false if it was not locked. */
    public boolean forceUnlock(Data key, long now) {
        KeyLock lock = current(key, now);
        if (lock == null) {
            return false;
        }
        release(lock);
        return true;
    }

    /** Releases every lock held by a thread of this client. */
    public void releaseAllOf(String clientUuid) {
        List<KeyLock> owned = new ArrayList<>();
        for (KeyLock lock : locks.values()) {
            if (lock.owner.clientUuid().equals(clientUuid)) {
                owned.add(lock);
            }
        }
        owned.forEach(this::release);
    }

    /** Stops every lease timer; for a table that is being dropped. */
    public void cancelLeases() {
        for (KeyLock lock : locks.values()) {
            lock.cancelLeaseTask();
        }
    }

    /** The error of an unlock of a key that nobody has locked, worded as in 3.12. */
    public static IllegalMonitorStateException notLocked() {
        return notOwner(null);
    }

    private KeyLock current(Data key, long now) {
        KeyLock lock = locks.get(key);
        if (lock != null && lock.leaseEnd <= now) {
            release(lock);
            return null;
        }
        return lock;
    }

    private void startLease(KeyLock lock, long leaseMillis, long now) {
        lock.cancelLeaseTask();
        int version = ++lock.version;
        if (leaseMillis < 0 || now + leaseMillis < 0) {
            lock.leaseEnd = Long.MAX_VALUE;
            return;
        }
        lock.leaseEnd = now + leaseMillis;
        lock.leaseTask = scheduler.schedule(() -> leaseRanOut(lock, version), leaseMillis, TimeUnit.MILLISECONDS);
    }

    private void leaseRanOut(KeyLock lock, int version) {
        partition.lock();
        try {
            if (locks.get(lock.key) == lock && lock.version == version) {
                release(lock);
            }
        } finally {
            partition.unlock();
        }
    }

    private void release(KeyLock lock) {
        locks.remove(lock.key);
        lock.cancelLeaseTask();
        partition.wake(serviceName, objectName, lock.key);
    }

    /** The error of an unlock by a caller that does not hold the lock, worded as in 3.12. */
    private static IllegalMonitorStateException notOwner(KeyLock lock) {
        String owner = lock == null ? "<not-locked>"
                : "Owner: " + lock.owner.clientUuid() + ", thread ID: " + lock.owner.threadId();
        return new IllegalMonitorStateException("Current thread is not owner of the lock! -> " + owner);
    }

    /** One held lock. */
    private static final class KeyLock {
        final Data key;
        final CallerId owner;
        long referenceId;
        int count = 1;
        long leaseEnd = Long.MAX_VALUE;
        int version;
        ScheduledFuture<?> leaseTask;

        KeyLock(Data key, CallerId owner, long referenceId) {
            this.key = key;
            this.owner = owner;
            this.referenceId = referenceId;
        }

        void cancelLeaseTask() {
            if (leaseTask != null) {
                leaseTask.cancel(false);
                leaseTask = null;
            }
        }
    }
}
