package io.alder.member.map;

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
 * The key locks of one map in one partition, with 3.12's rules: a lock belongs to one caller (client and
 * thread), is re-entrant, and may have a lease after which it is released by itself. Each lock and
 * unlock request carries a reference id; repeating the last one (a client retrying a request whose
 * answer it lost) changes nothing.
 *
 * <p>Releasing a lock wakes the operations parked on its key. A lease ends through a task on the
 * scheduler, and a lock whose lease has run out is also treated as released as soon as anyone looks at
 * it. Only touched under the partition lock, except for the lease task, which takes it.
 */
final class KeyLocks {

    private final String mapName;
    private final Partition partition;
    private final ScheduledExecutorService scheduler;
    private final HashMap<Data, KeyLock> locks = new HashMap<>();

    KeyLocks(String mapName, Partition partition, ScheduledExecutorService scheduler) {
        this.mapName = mapName;
        this.partition = partition;
        this.scheduler = scheduler;
    }

    boolean isLocked(Data key, long now) {
        return current(key, now) != null;
    }

    /** Whether the key is locked by someone other than {@code caller}, which makes caller's writes wait. */
    boolean isLockedByOther(Data key, CallerId caller, long now) {
        KeyLock lock = current(key, now);
        return lock != null && !lock.owner.equals(caller);
    }

    /**
     * Takes the lock or enters it once more; a negative lease means no lease.
     *
     * @return false if another caller holds it
     */
    boolean lock(Data key, CallerId caller, long leaseMillis, long referenceId, long now) {
        KeyLock lock = current(key, now);
        if (lock == null) {
            lock = new KeyLock(key, caller, referenceId);
            locks.put(key, lock);
        } else if (!lock.owner.equals(caller)) {
            return false;
        } else if (lock.referenceId == referenceId) {
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
    void unlock(Data key, CallerId caller, long referenceId, long now) {
        KeyLock lock = current(key, now);
        if (lock == null || !lock.owner.equals(caller)) {
            throw notOwner(lock);
        }
        if (lock.referenceId == referenceId) {
            return;
        }
        lock.referenceId = referenceId;
        if (--lock.count == 0) {
            release(lock);
        }
    }

    /** Releases the lock whoever holds it; false if it was not locked. */
    boolean forceUnlock(Data key, long now) {
        KeyLock lock = current(key, now);
        if (lock == null) {
            return false;
        }
        release(lock);
        return true;
    }

    /** Releases every lock held by a thread of this client. */
    void releaseAllOf(String clientUuid) {
        List<KeyLock> owned = new ArrayList<>();
        for (KeyLock lock : locks.values()) {
            if (lock.owner.clientUuid().equals(clientUuid)) {
                owned.add(lock);
            }
        }
        owned.forEach(this::release);
    }

    /** Stops every lease timer; for a store that is being dropped. */
    void cancelLeases() {
        for (KeyLock lock : locks.values()) {
            lock.cancelLeaseTask();
        }
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
        partition.wake(MapService.SERVICE_NAME, mapName, lock.key);
    }

    /** The error of an unlock by a caller that does not hold the lock, worded as in 3.12. */
    static IllegalMonitorStateException notOwner(KeyLock lock) {
        String owner = lock == null ? "<not-locked>"
                : "Owner: " + lock.owner.clientUuid() + ", thread ID: " + lock.owner.threadId();
        return new IllegalMonitorStateException("Current thread is not owner of the lock! -> " + owner);
    }

    /** One held lock. */
    static final class KeyLock {
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
