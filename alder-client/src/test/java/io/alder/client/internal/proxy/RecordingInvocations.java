package io.alder.client.internal.proxy;

import io.alder.client.internal.InvocationService;
import io.alder.client.internal.ListenerProtocol;
import io.alder.protocol.ClientMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An invocation service that sends nothing: it records each request with its retry flag and hands the
 * test the future to complete. {@link #close()} releases the recorded requests.
 */
final class RecordingInvocations implements InvocationService, AutoCloseable {

    /**
     * One request handed to {@link #invoke}.
     *
     * @param waitTime how long the member may hold it on purpose; null for as long as it takes
     */
    record Invocation(ClientMessage request, boolean idempotent, Duration waitTime,
            CompletableFuture<ClientMessage> response) {
    }

    /** One listener handed to {@link #addListener}. */
    record Registration(ListenerProtocol protocol, Consumer<ClientMessage> events, CompletableFuture<String> id) {
    }

    private final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final List<String> removed = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<ClientMessage> invoke(ClientMessage request, boolean idempotent) {
        return invoke(request, idempotent, Duration.ZERO);
    }

    @Override
    public CompletableFuture<ClientMessage> invoke(ClientMessage request, boolean idempotent, Duration waitTime) {
        CompletableFuture<ClientMessage> response = new CompletableFuture<>();
        invocations.add(new Invocation(request, idempotent, waitTime, response));
        return response;
    }

    /** Decodes the response the test completes with, as the real service does, then releases it. */
    @Override
    public <T> CompletableFuture<T> invoke(ClientMessage request, boolean idempotent, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        return invoke(request, idempotent, waitTime).thenApply(response -> {
            try {
                return decoder.apply(response);
            } finally {
                response.release();
            }
        });
    }

    @Override
    public CompletableFuture<String> addListener(ListenerProtocol protocol, Consumer<ClientMessage> events) {
        CompletableFuture<String> id = new CompletableFuture<>();
        registrations.add(new Registration(protocol, events, id));
        return id;
    }

    @Override
    public CompletableFuture<Boolean> removeListener(String registrationId) {
        removed.add(registrationId);
        return CompletableFuture.completedFuture(true);
    }

    List<Invocation> invocations() {
        return invocations;
    }

    /** The only request sent so far. */
    Invocation single() {
        if (invocations.size() != 1) {
            throw new AssertionError("expected one request, got " + invocations);
        }
        return invocations.get(0);
    }

    List<Registration> registrations() {
        return registrations;
    }

    List<String> removed() {
        return removed;
    }

    @Override
    public void close() {
        invocations.forEach(invocation -> invocation.request().release());
        invocations.clear();
    }
}
