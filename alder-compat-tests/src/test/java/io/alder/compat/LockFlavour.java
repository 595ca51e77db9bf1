package io.alder.compat;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ILock;
import com.hazelcast.core.IMap;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The distributed locks of the official client: a key lock of an IMap, and an ILock. */
enum LockFlavour {

    /** {@code IMap.lock(key)} and friends: the Map.lock message family. */
    MAP_KEY("IMap key lock") {
        @Override
        DistributedLock on(HazelcastInstance client, String name) {
            return new MapKeyLock(client.getMap(name), "locked-key");
        }
    },

    /** {@code HazelcastInstance.getLock(name)}: the Lock message family. */
    LOCK_OBJECT("ILock") {
        @Override
        @SuppressWarnings("deprecation") // ILock is deprecated in 3.12 but still offered and used
        DistributedLock on(HazelcastInstance client, String name) {
            return new ObjectLock(client.getLock(name));
        }
    };

    private final String displayName;

    LockFlavour(String displayName) {
        this.displayName = displayName;
    }

    /** The lock called {@code name}, seen through {@code client}. */
    abstract DistributedLock on(HazelcastInstance client, String name);

    @Override
    public String toString() {
        return displayName;
    }

    private record MapKeyLock(IMap<String, String> map, String key) implements DistributedLock {

        @Override
        public void lock() {
            map.lock(key);
        }

        @Override
        public void lock(Duration lease) {
            map.lock(key, lease.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public boolean tryLock(Duration timeout) throws InterruptedException {
            return map.tryLock(key, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public boolean tryLock(Duration timeout, Duration lease) throws InterruptedException {
            return map.tryLock(key, timeout.toMillis(), TimeUnit.MILLISECONDS, lease.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void unlock() {
            map.unlock(key);
        }

        @Override
        public void forceUnlock() {
            map.forceUnlock(key);
        }

        @Override
        public boolean isLocked() {
            return map.isLocked(key);
        }
    }

    private record ObjectLock(ILock target) implements DistributedLock {

        @Override
        public void lock() {
            target.lock();
        }

        @Override
        public void lock(Duration lease) {
            target.lock(lease.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public boolean tryLock(Duration timeout) throws InterruptedException {
            return target.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public boolean tryLock(Duration timeout, Duration lease) throws InterruptedException {
            return target.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS, lease.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void unlock() {
            target.unlock();
        }

        @Override
        public void forceUnlock() {
            target.forceUnlock();
        }

        @Override
        public boolean isLocked() {
            return target.isLocked();
        }
    }
}
