package io.alder.member;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Which clients are connected, by client uuid. When a client's last connection closes, the stores hear of it
 * at once (its waiting calls can no longer be answered), but the engine waits for the cleanup delay (3.12's
 * endpoint remove delay) before it tells them to release what that client owns, so that a client that
 * reconnects in time keeps its locks and permits. Thread-safe.
 */
public final class ClientSessions {

    private final ScheduledExecutorService scheduler;
    private final long cleanupDelayMillis;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final List<Consumer<String>> goneListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> disconnectListeners = new CopyOnWriteArrayList<>();

    public ClientSessions(ScheduledExecutorService scheduler, long cleanupDelayMillis) {
        this.scheduler = scheduler;
        this.cleanupDelayMillis = cleanupDelayMillis;
    }

    /** Registers a callback that runs once a client has been gone for the cleanup delay. */
    public void onClientGone(Consumer<String> listener) {
        goneListeners.add(listener);
    }

    /**
     * Registers a callback that runs as soon as a client's last connection closed, on the closing thread,
     * before the cleanup delay starts: as 3.12 cancels a client's waiting operations when it disconnects.
     */
    public void onClientDisconnected(Consumer<String> listener) {
        disconnectListeners.add(listener);
    }

    /** Records a new authenticated connection of {@code clientUuid}. */
    public void connectionOpened(String clientUuid) {
        sessions.compute(clientUuid, (uuid, session) -> {
            Session s = session == null ? new Session() : session;
            s.connections++;
            if (s.pendingCleanup != null) {
                s.pendingCleanup.cancel(false);
                s.pendingCleanup = null;
            }
            return s;
        });
    }

    /** Records that a connection of {@code clientUuid} closed; the last one starts the cleanup delay. */
    public void connectionClosed(String clientUuid) {
        boolean[] disconnected = new boolean[1];
        sessions.computeIfPresent(clientUuid, (uuid, s) -> {
            s.connections--;
            disconnected[0] = s.connections == 0;
            if (disconnected[0] && s.pendingCleanup == null) {
                s.pendingCleanup = scheduler.schedule(() -> cleanUp(uuid), cleanupDelayMillis, TimeUnit.MILLISECONDS);
            }
            return s;
        });
        if (disconnected[0]) {
            for (Consumer<String> listener : disconnectListeners) {
                listener.accept(clientUuid);
            }
        }
    }

    /** Whether the client has at least one open connection. */
    public boolean isConnected(String clientUuid) {
        Session s = sessions.get(clientUuid);
        return s != null && s.connections > 0;
    }

    private void cleanUp(String clientUuid) {
        boolean[] gone = new boolean[1];
        sessions.computeIfPresent(clientUuid, (uuid, s) -> {
            if (s.connections > 0) {
                return s;
            }
            gone[0] = true;
            return null;
        });
        if (gone[0]) {
            for (Consumer<String> listener : goneListeners) {
                listener.accept(clientUuid);
            }
        }
    }

    /** Mutable per-client state, only touched inside the map's compute functions. */
    private static final class Session {
        int connections;
        ScheduledFuture<?> pendingCleanup;
    }
}
