package io.alder.compat;

/** The distributed locks the clients offer: a key lock of a map and of a multimap, and an ILock. */
enum LockFlavour {

    /** {@code map.lock(key)} and friends: the Map.lock message family. */
    MAP_KEY("map key lock") {
        @Override
        DistributedLock on(ClientUnderTest client, String name) {
            return new MapKeyLock(client.getMap(name), "locked-key");
        }
    },

    /** {@code multiMap.lock(key)} and friends: the MultiMap.lock message family. */
    MULTI_MAP_KEY("multimap key lock") {
        @Override
        DistributedLock on(ClientUnderTest client, String name) {
            return new MapKeyLock(client.<String, String>getMultiMap(name), "locked-key");
        }
    },

    /** {@code HazelcastInstance.getLock(name)}: the Lock message family. */
    LOCK_OBJECT("ILock") {
        @Override
        DistributedLock on(ClientUnderTest client, String name) {
            return new ObjectLock(client.getLock(name));
        }
    };

    private final String displayName;

    LockFlavour(String displayName) {
        this.displayName = displayName;
    }

    /** The lock called {@code name}, seen through {@code client}. */
    abstract DistributedLock on(ClientUnderTest client, String name);

    @Override
    public String toString() {
        return displayName;
    }
}
