package io.alder.compat.nodejs;

import io.alder.compat.ServerKind;
import java.util.EnumSet;
import java.util.Set;

/** The scenario scripts in {@code src/test/nodejs/scenarios}, each run in its own {@code node} process. */
enum NodeScenario {

    CONNECT_SHUTDOWN("connect-shutdown", "connect, member list, shutdown"),
    WRONG_GROUP("wrong-group", "authentication refusals"),
    MAP_BASIC("map-basic", "single-key map operations and entry views"),
    MAP_BULK("map-bulk", "multi-key and whole-map operations"),
    MAP_LOCKS("map-locks", "key locks of one client"),
    MAP_TTL("map-ttl", "time-to-live expiry and its events"),
    MAP_LISTENERS("map-listeners", "entry listeners of one client"),
    TWO_CLIENTS_LISTENER("two-clients-listener", "events across two clients"),
    TWO_CLIENTS_LOCK("two-clients-lock", "a lock contended by two clients"),
    LOCK("lock", "lock objects (ILock) of two clients"),
    UNICODE("unicode", "non-ASCII keys, values and names"),
    LARGE_VALUE("large-value", "multi-megabyte values"),
    RELIABLE_TOPIC("reliable-topic", "reliable topic publish and listeners"),
    RINGBUFFER("ringbuffer", "ringbuffer sequences, reads and a waiting readMany"),
    QUEUE("queue", "queue operations, a waiting take and item listeners"),
    SET("set", "set operations and item listeners"),
    LIST("list", "list index operations, errors and item listeners"),
    MULTI_MAP("multimap", "multimap values, listeners and key locks of two clients"),
    REPLICATED_MAP("replicated-map", "replicated map operations, time to live and listeners of two clients"),
    ATOMIC_LONG("atomic-long", "counter operations, overflow, contended increments"),
    SEMAPHORE("semaphore", "permits, waiting acquires, a departed client's permits");

    private final String script;
    private final String description;
    private final Set<ServerKind> unsupportedOn;

    NodeScenario(String script, String description) {
        this(script, description, EnumSet.noneOf(ServerKind.class));
    }

    NodeScenario(String script, String description, Set<ServerKind> unsupportedOn) {
        this.script = script;
        this.description = description;
        this.unsupportedOn = unsupportedOn;
    }

    /** The script's path relative to the Node.js project folder. */
    String scriptPath() {
        return "scenarios/" + script + ".js";
    }

    /** The name the script reports itself under. */
    String scriptName() {
        return script;
    }

    /** Whether this server does not have the feature yet, so the script checks for a clean refusal. */
    boolean unsupportedOn(ServerKind kind) {
        return unsupportedOn.contains(kind);
    }

    @Override
    public String toString() {
        return script + " (" + description + ")";
    }
}
