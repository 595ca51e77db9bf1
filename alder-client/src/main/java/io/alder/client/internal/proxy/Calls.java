package io.alder.client.internal.proxy;

import io.alder.client.internal.InvocationService;
import io.alder.protocol.ClientMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Sends a proxy's request and turns the response into the call's result. */
final class Calls {

    /** The waiting time of an operation that answers without waiting on purpose. */
    static final Duration NO_WAIT = Duration.ZERO;

    private Calls() {
    }

    /**
     * Sends {@code request}, flagged retryable if its type is (see {@link RetryableMessages}), and completes
     * with what {@code decoder} makes of the response. The response is released once decoded, so the result
     * must not refer to its buffer (the codecs copy what they read).
     *
     * @param waitTime how long the member may hold the operation on purpose, {@link #NO_WAIT} for none, null
     *     for as long as it takes (a lock)
     */
    static <T> CompletableFuture<T> invoke(InvocationService invocations, ClientMessage request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        boolean retryable = RetryableMessages.isRetryable(request.type());
        return invocations.invoke(request, retryable, waitTime, decoder);
    }

    /** The decoder of a response whose payload the caller ignores (VOID, or a value it does not return). */
    static Void ignore(ClientMessage response) {
        return null;
    }
}
