package io.alder.compat;

import java.util.Arrays;
import java.util.List;

/** The distributed locks the clients offer: a key lock of a map and of a multimap, and an ILock. */
enum LockFlavour {

    /** {@code map.lock(key)} and friends: the Map.lock message family. */
    MAP_KEY("map key lock") {
        @Override
        DistributedLock on(ClientUnderTest client, String name) {
            return new MapKeyLock(client.getMap(name), "locked-key");
        }

        @Override
        boolean offeredBy(ClientKind client) {
            return true;
        }
    },

    /** {@code multiMap.lock(key)} and friends: the MultiMap.lock message family. */
    MULTI_MAP_KEY("multimap key lock") {
        @Override
        DistributedLock on(ClientUnderTest client, String name) {
            return new MapKeyLock(client.<String, String>getMultiMap(name), "locked-key");
        }

        @Override
        boolean offeredBy(ClientKind client) {
            return true;
        }
    },

    /** {@code HazelcastInstance.getLock(name)}: the Lock message family. */
    LOCK_OBJECT("ILock") {
        @Override
        DistributedLock on(ClientUnderTest client, String name) {
            return new ObjectLock(client.getLock(name));
        }

        @Override
        boolean offeredBy(ClientKind client) {
            return true;
        }
    };

    private final String displayName;

    LockFlavour(String displayName) {
        this.displayName = displayName;
    }

    /** The lock called {@code name}, seen through {@code client}. */
    abstract DistributedLock on(ClientUnderTest client, String name);

    /** Whether clients of this kind have this kind of lock. */
    abstract boolean offeredBy(ClientKind client);

    /** The flavours that clients of this kind have. */
    static List<LockFlavour> of(ClientKind client) {
        return Arrays.stream(values()).filter(flavour -> flavour.offeredBy(client)).toList();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
