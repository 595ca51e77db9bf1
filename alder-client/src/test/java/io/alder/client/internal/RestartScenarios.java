package io.alder.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alder.client.TargetDisconnectedException;
import io.alder.client.internal.connection.Connection;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a client must survive when its only member restarts on the same address, run against Alder and
 * reference members alike. {@code restart} stops the member and starts a new one.
 */
final class RestartScenarios {

    private RestartScenarios() {
    }

    /** A listener hears events from before the restart and, registered again, from after it. */
    static void listenerIsRegisteredAgain(ClientRuntime client, Runnable restart) {
        MapCalls map = new MapCalls(client, "restart-listener");
        Queue<MapCalls.Event> events = new ConcurrentLinkedQueue<>();
        String registration = client.invocations()
                .addListener(map.entryListener(), message -> events.add(MapCalls.Event.of(message))).join();
        map.put("before", "1").join();
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.size() == 1);
        Connection first = client.ownerConnection();
        String uuid = client.clientUuid();

        restart.run();

        await().atMost(30, TimeUnit.SECONDS).until(() -> client.isConnected() && client.ownerConnection() != first
                && client.listeners().connectionCount(registration) == 1);
        assertThat(client.clientUuid()).isEqualTo(uuid);
        map.put("after", "2").join();
        await().atMost(10, TimeUnit.SECONDS).until(() -> events.size() == 2);
        assertThat(events).extracting(MapCalls.Event::key).containsExactly("before", "after");
    }

    /**
     * Calls that a member holds (a lock wait, a put on a locked key) when it restarts: the idempotent one is
     * sent again and completes on the new member; the other completes too if the member refused it before
     * closing ("not active" is retried for every request), or fails with a lost connection; none hangs.
     */
    static void callsInFlightCompleteOrFail(ClientRuntime client, Runnable restart) {
        MapCalls map = new MapCalls(client, "restart-in-flight");
        map.lock("held", 1, 1).join();
        Connection owner = client.ownerConnection();
        long sent = owner.sentRequests();
        CompletableFuture<Boolean> idempotent = map.tryLock("held", 2, Duration.ofSeconds(60), 2, Duration.ofSeconds(60));
        CompletableFuture<Boolean> notIdempotent = map.tryPut("held", "value", 2, Duration.ofSeconds(60));
        await().atMost(5, TimeUnit.SECONDS).until(() -> owner.sentRequests() >= sent + 2);

        restart.run();

        assertThat(idempotent).succeedsWithin(Duration.ofSeconds(30)).isEqualTo(true);
        assertThat(notIdempotent.<Object>handle((done, failure) -> failure == null ? done : failure.getCause()))
                .succeedsWithin(Duration.ofSeconds(30))
                .isInstanceOfAny(Boolean.class, TargetDisconnectedException.class);
    }
}
