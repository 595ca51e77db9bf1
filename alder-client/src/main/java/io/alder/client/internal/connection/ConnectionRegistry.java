package io.alder.client.internal.connection;

import io.alder.protocol.codec.Address;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The authenticated connections, by member address, and which of them is the owner connection. Changes
 * are rare and synchronized; readers (every invocation) see an immutable snapshot without locking. A
 * connection leaves the registry the moment it closes, so that nothing is routed to it any more.
 */
public final class ConnectionRegistry {

    private record Snapshot(Connection owner, Map<Address, Connection> byAddress, List<Connection> all) {
    }

    private volatile Snapshot snapshot = new Snapshot(null, Map.of(), List.of());
    private volatile int version;

    /**
     * Adds an authenticated connection, replacing (but not closing) one to the same member; as owner, it
     * also becomes the owner connection.
     *
     * @return the connection it replaced, or null
     */
    public synchronized Connection add(Connection connection, boolean owner) {
        Snapshot current = snapshot;
        Map<Address, Connection> byAddress = new HashMap<>(current.byAddress());
        Connection replaced = byAddress.put(connection.memberAddress(), connection);
        Connection newOwner = owner ? connection : current.owner() == replaced ? null : current.owner();
        snapshot = new Snapshot(newOwner, Map.copyOf(byAddress), List.copyOf(byAddress.values()));
        version++;
        connection.closeFuture().thenAccept(this::remove);
        return replaced;
    }

    /** Removes a connection, unless another one to its member replaced it already. */
    public synchronized void remove(Connection connection) {
        Snapshot current = snapshot;
        if (current.byAddress().get(connection.memberAddress()) != connection) {
            return;
        }
        Map<Address, Connection> byAddress = new HashMap<>(current.byAddress());
        byAddress.remove(connection.memberAddress());
        Connection owner = current.owner() == connection ? null : current.owner();
        snapshot = new Snapshot(owner, Map.copyOf(byAddress), List.copyOf(byAddress.values()));
        version++;
    }

    /**
     * A number that changes whenever a connection is added or removed, read before the connections it
     * describes: what is read afterwards is at least that new.
     */
    public int version() {
        return version;
    }

    /** The owner connection, or null while there is none. */
    public Connection owner() {
        return snapshot.owner();
    }

    /** The connection to a member, or null. */
    public Connection get(Address member) {
        return snapshot.byAddress().get(member);
    }

    /** Every registered connection. */
    public List<Connection> all() {
        return snapshot.all();
    }

    /** An open connection, chosen at random, or null if there is none. */
    public Connection any() {
        List<Connection> all = snapshot.all();
        int size = all.size();
        if (size == 0) {
            return null;
        }
        int start = ThreadLocalRandom.current().nextInt(size);
        for (int i = 0; i < size; i++) {
            Connection candidate = all.get((start + i) % size);
            if (candidate.isActive()) {
                return candidate;
            }
        }
        return null;
    }
}
