package io.alder.client.internal;

import io.alder.protocol.ClientMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends requests and listener registrations to the cluster. Proxies build a request with a codec (any
 * correlation id; the service assigns a new one on every send) and hand it over. The returned futures
 * complete on a client I/O thread or its timer thread: dependent stages must not block.
 */
public interface InvocationService {

    /**
     * Sends a request to the owner of the partition in its header, or to any member when the header says
     * -1, and completes with the response (which the caller must release) or with the exception the
     * error code maps to. Takes ownership of {@code request}.
     *
     * @param idempotent whether the request may be sent again after a lost connection (read-only and
     *     idempotent messages; with redo-operation configured, every message is)
     */
    CompletableFuture<ClientMessage> invoke(ClientMessage request, boolean idempotent);

    /**
     * Like {@link #invoke(ClientMessage, boolean)}, for an operation that waits on the member by design (a
     * lock, a {@code tryPut} or {@code tryLock} with a timeout): its deadline is the invocation timeout plus
     * {@code waitTime}.
     *
     * @param waitTime how long the member may hold the operation; null when it may wait indefinitely (a
     *     lock without timeout), which leaves the operation without a deadline
     */
    CompletableFuture<ClientMessage> invoke(ClientMessage request, boolean idempotent, Duration waitTime);

    /**
     * Like {@link #invoke(ClientMessage, boolean, Duration)}, completing with what {@code decoder} makes of
     * the response. The decoder runs on the I/O thread that read the response, which is released after
     * decoding, so the result must not refer to its buffer (the codecs copy what they read).
     */
    <T> CompletableFuture<T> invoke(ClientMessage request, boolean idempotent, Duration waitTime,
            Function<ClientMessage, T> decoder);

    /**
     * Registers a listener with the cluster: on every member connection with {@code localOnly=true} in
     * smart mode, on the single connection otherwise, and again on every new or re-established
     * connection. Events are handed to {@code events} on an event thread, in order per partition of the
     * event; the event message is released after the handler returns.
     *
     * @return a registration id of the client's own, valid across reconnections
     */
    CompletableFuture<String> addListener(ListenerProtocol protocol, Consumer<ClientMessage> events);

    /** Ends a registration made by {@link #addListener}; false if the id is unknown. */
    CompletableFuture<Boolean> removeListener(String registrationId);
}
