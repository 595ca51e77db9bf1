package io.alder.client.internal;

import io.alder.client.internal.event.ListenerService;
import io.alder.client.internal.invocation.Invoker;
import io.alder.protocol.ClientMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/** The {@link InvocationService} of a running client: requests go to the invoker, listeners to the listener service. */
final class ClusterInvocations implements InvocationService {

    private final Invoker invoker;
    private final ListenerService listeners;

    ClusterInvocations(Invoker invoker, ListenerService listeners) {
        this.invoker = invoker;
        this.listeners = listeners;
    }

    @Override
    public CompletableFuture<ClientMessage> invoke(ClientMessage request, boolean idempotent) {
        return invoker.invoke(request, idempotent, Duration.ZERO);
    }

    @Override
    public CompletableFuture<ClientMessage> invoke(ClientMessage request, boolean idempotent, Duration waitTime) {
        return invoker.invoke(request, idempotent, waitTime);
    }

    @Override
    public <T> CompletableFuture<T> invoke(ClientMessage request, boolean idempotent, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        return invoker.invoke(request, idempotent, waitTime, decoder);
    }

    @Override
    public CompletableFuture<String> addListener(ListenerProtocol protocol, Consumer<ClientMessage> events) {
        return listeners.add(protocol, events);
    }

    @Override
    public CompletableFuture<Boolean> removeListener(String registrationId) {
        return listeners.remove(registrationId);
    }
}
