package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;

/**
 * Key locks through the client: owned by the calling thread of the calling client, re-entrant, with
 * leases, timeouts and forced release, as on a 3.12 member.
 */
class MapLockIT extends ClientSuite {

    private OtherThread otherThread;

    @BeforeEach
    void startOtherThread() {
        otherThread = new OtherThread();
    }

    @AfterEach
    void stopOtherThread() {
        otherThread.close();
    }

    private AlderMap<String, String> map(Target target) {
        return client(target).getMap(uniqueName());
    }

    @OnEveryServerAndRouting
    @DisplayName("lock, isLocked and unlock; the key needs no entry")
    void lockAndUnlock(Target target) {
        AlderMap<String, String> map = map(target);

        assertThat(map.isLocked("k")).isFalse();
        map.lock("k");
        assertThat(map.isLocked("k")).isTrue();
        map.unlock("k");
        assertThat(map.isLocked("k")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("a lock is re-entrant: it is released when unlocked as often as it was locked")
    void reentrant(Target target) {
        AlderMap<String, String> map = map(target);

        map.lock("k");
        assertThat(map.tryLock("k")).isTrue();
        map.unlock("k");
        assertThat(map.isLocked("k")).isTrue();
        map.unlock("k");
        assertThat(map.isLocked("k")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("a lock belongs to its thread: another thread can neither take nor release it")
    void ownedByThread(Target target) {
        AlderMap<String, String> map = map(target);
        map.lock("k");

        assertThat(otherThread.call(() -> map.tryLock("k"))).isFalse();
        assertThat(otherThread.call(() -> map.isLocked("k"))).isTrue();
        assertThatThrownBy(() -> otherThread.run(() -> map.unlock("k")))
                .isInstanceOf(IllegalMonitorStateException.class);

        map.unlock("k");
        assertThat(otherThread.call(() -> map.tryLock("k"))).isTrue();
        otherThread.run(() -> map.unlock("k"));
    }

    @OnEveryServerAndRouting
    @DisplayName("unlocking a key nobody locked fails")
    void unlockNotLocked(Target target) {
        AlderMap<String, String> map = map(target);

        assertThatThrownBy(() -> map.unlock("k")).isInstanceOf(IllegalMonitorStateException.class);
    }

    @OnEveryServerAndRouting
    @DisplayName("tryLock with a timeout gives up with false after waiting for it")
    void tryLockTimeout(Target target) throws InterruptedException {
        AlderMap<String, String> map = map(target);
        otherThread.run(() -> map.lock("k"));

        long start = System.nanoTime();
        assertThat(map.tryLock("k", 300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        otherThread.run(() -> map.unlock("k"));
        assertThat(map.tryLock("k", 300, TimeUnit.MILLISECONDS)).isTrue();
        map.unlock("k");
    }

    @OnEveryServerAndRouting
    @DisplayName("a waiting lock is granted when the holder releases the key")
    void lockWaitsForRelease(Target target) {
        AlderMap<String, String> map = map(target);
        map.lock("k");

        CompletableFuture<Void> waiting = otherThread.start(() -> {
            map.lock("k");
            return null;
        });
        eventually().during(Duration.ofMillis(300)).until(() -> !waiting.isDone());

        map.unlock("k");
        assertThat(waiting).succeedsWithin(PATIENCE);
        assertThat(map.tryLock("k")).isFalse();
        otherThread.run(() -> map.unlock("k"));
    }

    @OnEveryServerAndRouting
    @DisplayName("a lock with a lease, and a tryLock with a lease, are released when the lease runs out")
    void leases(Target target) throws InterruptedException {
        AlderMap<String, String> map = map(target);

        map.lock("a", 500, TimeUnit.MILLISECONDS);
        assertThat(map.tryLock("b", 1, TimeUnit.SECONDS, 500, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(map.isLocked("a")).isTrue();
        assertThat(map.isLocked("b")).isTrue();

        eventually().until(() -> !map.isLocked("a") && !map.isLocked("b"));
    }

    @OnEveryServerAndRouting
    @DisplayName("forceUnlock releases a lock whoever holds it and however often")
    void forceUnlock(Target target) {
        AlderMap<String, String> map = map(target);
        otherThread.run(() -> {
            map.lock("k");
            map.lock("k");
        });

        map.forceUnlock("k");

        assertThat(map.isLocked("k")).isFalse();
        map.forceUnlock("k");
    }

    @OnEveryServerAndRouting
    @DisplayName("tryPut and tryRemove give up with false on a key another thread locked")
    void writesWaitForTheLock(Target target) {
        AlderMap<String, String> map = map(target);
        map.put("k", "v");
        otherThread.run(() -> map.lock("k"));

        assertThat(map.tryPut("k", "w", 200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(map.tryRemove("k", 200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(otherThread.call(() -> map.tryPut("k", "mine", 200, TimeUnit.MILLISECONDS))).isTrue();

        otherThread.run(() -> map.unlock("k"));
        assertThat(map.tryPut("k", "w", 200, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(map.get("k")).isEqualTo("w");
    }

    @OnEveryServer
    @DisplayName("a lock belongs to its client: another client's threads neither take nor release it")
    void ownedByClient(ServerKind kind) {
        String name = uniqueName();
        AlderMap<String, String> mine = client(kind).getMap(name);
        AlderMap<String, String> theirs = otherClient(kind).getMap(name);
        mine.lock("k");

        assertThat(theirs.isLocked("k")).isTrue();
        assertThat(theirs.tryLock("k")).isFalse();
        assertThatThrownBy(() -> theirs.unlock("k")).isInstanceOf(IllegalMonitorStateException.class);

        mine.unlock("k");
        assertThat(theirs.tryLock("k")).isTrue();
        theirs.unlock("k");
    }

    @OnEveryServerAndRouting
    @DisplayName("an asynchronous lock belongs to the thread that issued it")
    void asynchronousLockOwner(Target target) {
        AlderMap<String, String> map = map(target);

        assertThat(map.async().lock("k").toCompletableFuture()).succeedsWithin(PATIENCE);

        assertThat(otherThread.call(() -> map.tryLock("k"))).isFalse();
        assertThat(map.async().unlock("k").toCompletableFuture()).succeedsWithin(PATIENCE);
        assertThat(map.isLocked("k")).isFalse();
    }
}
