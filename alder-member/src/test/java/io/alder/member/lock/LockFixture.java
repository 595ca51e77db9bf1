package io.alder.member.lock;

import io.alder.member.CallerId;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.member.ManualScheduler;
import io.alder.member.Reply;
import io.alder.serialization.Partitions;
import java.time.Duration;

/** An engine on manual time, two clients with two threads each, and shortcuts for one lock's calls. */
final class LockFixture {

    static final int PARTITIONS = 271;
    static final long START = 1_700_000_000_000L;
    static final Duration CLIENT_CLEANUP_DELAY = Duration.ofSeconds(60);
    static final long NO_LEASE = -1;
    static final CallerId ALICE = new CallerId("client-alice", 1);
    static final CallerId ALICE_2 = new CallerId("client-alice", 2);
    static final CallerId BOB = new CallerId("client-bob", 1);

    final ManualScheduler time = new ManualScheduler(START);
    final Engine engine = new Engine(new EngineSettings(PARTITIONS, CLIENT_CLEANUP_DELAY), time, time);
    final LockService locks = engine.locks();

    static int partitionOf(String name) {
        return Partitions.partitionIdOfName(name, PARTITIONS);
    }

    /** Takes a lock that must be free or held by the caller. */
    void lock(String name, CallerId caller, long leaseMillis, long referenceId) {
        lockLater(name, caller, leaseMillis, referenceId).value();
    }

    /** Starts a lock call that may have to wait. */
    Reply<Void> lockLater(String name, CallerId caller, long leaseMillis, long referenceId) {
        Reply<Void> reply = new Reply<>();
        locks.lock(partitionOf(name), name, caller, leaseMillis, referenceId, reply);
        return reply;
    }

    /** Starts a tryLock call. */
    Reply<Boolean> tryLock(String name, CallerId caller, long leaseMillis, long timeoutMillis, long referenceId) {
        Reply<Boolean> reply = new Reply<>();
        locks.tryLock(partitionOf(name), name, caller, leaseMillis, timeoutMillis, referenceId, reply);
        return reply;
    }

    void beforeAwait(String name, String condition, CallerId caller, long referenceId) {
        locks.beforeAwait(partitionOf(name), name, condition, caller, referenceId);
    }

    /** Starts the second half of awaiting a condition. */
    Reply<Boolean> await(String name, String condition, CallerId caller, long timeoutMillis, long referenceId) {
        Reply<Boolean> reply = new Reply<>();
        locks.await(partitionOf(name), name, condition, caller, timeoutMillis, referenceId, reply);
        return reply;
    }

    void signal(String name, String condition, CallerId caller, boolean all) {
        locks.signal(partitionOf(name), name, condition, caller, all);
    }

    void unlock(String name, CallerId caller, long referenceId) {
        locks.unlock(partitionOf(name), name, caller, referenceId);
    }

    void forceUnlock(String name) {
        locks.forceUnlock(partitionOf(name), name);
    }

    boolean isLocked(String name) {
        return locks.isLocked(partitionOf(name), name);
    }

    boolean isLockedBy(String name, CallerId caller) {
        return locks.isLockedBy(partitionOf(name), name, caller);
    }

    int lockCount(String name) {
        return locks.lockCount(partitionOf(name), name);
    }

    long remainingLeaseTime(String name) {
        return locks.remainingLeaseTime(partitionOf(name), name);
    }

    /** Opens and closes the client's only connection: it counts as gone once the cleanup delay has passed. */
    void clientLeaves(String clientUuid) {
        engine.clientSessions().connectionOpened(clientUuid);
        engine.clientSessions().connectionClosed(clientUuid);
    }
}
