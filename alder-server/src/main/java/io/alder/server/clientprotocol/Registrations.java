package io.alder.server.clientprotocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listener registrations of one connection, each with the cleanup that ends it in the engine.
 * Thread-safe: registrations are added on the I/O thread and may be ended from any thread.
 */
final class Registrations {

    private final Map<String, Runnable> cleanups = new ConcurrentHashMap<>();

    void add(String registrationId, Runnable cleanup) {
        cleanups.put(registrationId, cleanup);
    }

    /** Ends one registration; false if the id is unknown. */
    boolean remove(String registrationId) {
        Runnable cleanup = cleanups.remove(registrationId);
        if (cleanup == null) {
            return false;
        }
        cleanup.run();
        return true;
    }

    /** Ends every registration. */
    void removeAll() {
        List<String> ids = new ArrayList<>(cleanups.keySet());
        ids.forEach(this::remove);
    }
}
