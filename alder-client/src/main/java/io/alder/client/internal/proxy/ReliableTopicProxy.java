package io.alder.client.internal.proxy;

import io.alder.client.AsyncAlderTopic;
import io.alder.client.DistributedObject;
import io.alder.client.Member;
import io.alder.client.Message;
import io.alder.client.MessageListener;
import io.alder.client.OverflowPolicy;
import io.alder.client.ReliableMessageListener;
import io.alder.client.ReliableTopicConfig;
import io.alder.client.TopicOverloadException;
import io.alder.client.internal.ClientContext;
import io.alder.client.internal.proxy.ReliableTopicMessages.PublisherAddress;
import io.alder.serialization.Data;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The client side of one reliable topic, built like 3.12's client on the ringbuffer
 * {@code _hz_rb_<topic>}: a publish adds the message, in 3.12's {@code ReliableTopicMessage} envelope,
 * with the configured overload policy; each listener is a {@link ReliableTopicRunner} that reads the
 * ringbuffer. Listeners live in this client only: the member knows nothing of them. Thread-safe.
 */
public final class ReliableTopicProxy<E> implements AsyncAlderTopic<E> {

    /** What 3.12 clients put before a topic's name to name its ringbuffer. */
    public static final String RINGBUFFER_PREFIX = "_hz_rb_";

    private static final long INITIAL_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    private final String name;
    private final ClientContext context;
    private final ObjectRegistry objects;
    private final ReliableTopicConfig config;
    private final RingbufferProxy<Object> ringbuffer;
    private final ReliableTopicMessages envelopes;
    private final Function<PublisherAddress, Member> memberByAddress;
    private final Executor executor;
    private final Map<String, ReliableTopicRunner<E>> runners = new ConcurrentHashMap<>();

    /**
     * @param objects where the topic and its ringbuffer are destroyed
     * @param memberByAddress the cluster member at a publisher's address, or null
     * @param executor runs the listeners and the waits between publish attempts
     */
    public ReliableTopicProxy(String name, ClientContext context, ObjectRegistry objects, ReliableTopicConfig config,
            Function<PublisherAddress, Member> memberByAddress, Executor executor) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.objects = objects;
        this.config = config;
        this.ringbuffer = new RingbufferProxy<>(RINGBUFFER_PREFIX + name, context, objects);
        this.envelopes = new ReliableTopicMessages(context.serialization().config().byteOrder());
        this.memberByAddress = memberByAddress;
        this.executor = executor;
    }

    @Override
    public String getName() {
        return name;
    }

    /** The name of the ringbuffer the topic lives on. */
    public String ringbufferName() {
        return ringbuffer.getName();
    }

    @Override
    public CompletableFuture<Void> publish(E message) {
        Data payload = context.serialization().toData(Objects.requireNonNull(message, "message"));
        Data envelope = envelopes.wrap(payload, System.currentTimeMillis());
        return switch (config.overloadPolicy()) {
            case DISCARD_OLDEST -> ringbuffer.addData(envelope, OverflowPolicy.OVERWRITE).thenApply(sequence -> null);
            case DISCARD_NEWEST -> ringbuffer.addData(envelope, OverflowPolicy.FAIL).thenApply(sequence -> null);
            case ERROR -> ringbuffer.addData(envelope, OverflowPolicy.FAIL).thenApply(sequence -> {
                if (sequence == -1) {
                    throw new TopicOverloadException("Failed to publish message: " + message + " on topic: " + name);
                }
                return null;
            });
            case BLOCK -> addWithBackoff(envelope, INITIAL_BACKOFF_MILLIS);
        };
    }

    /**
     * Starts a runner for the listener; a plain {@link MessageListener} gets 3.12's defaults (see
     * {@link ReliableMessageListener}). Completes once the runner knows where it starts.
     */
    @Override
    public CompletableFuture<String> addMessageListener(MessageListener<E> listener) {
        Objects.requireNonNull(listener, "listener");
        String id = UUID.randomUUID().toString();
        ReliableTopicRunner<E> runner = new ReliableTopicRunner<>(name, reliable(listener), ringbuffer,
                config.readBatchSize(), envelopes, context.serialization(), memberByAddress, executor,
                () -> runners.remove(id));
        runners.put(id, runner);
        return runner.start().handle((started, failure) -> {
            if (failure != null) {
                runners.remove(id);
                throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
            }
            return id;
        });
    }

    @Override
    public CompletableFuture<Boolean> removeMessageListener(String registrationId) {
        ReliableTopicRunner<E> runner = runners.remove(Objects.requireNonNull(registrationId, "registrationId"));
        if (runner != null) {
            runner.cancel();
        }
        return CompletableFuture.completedFuture(runner != null);
    }

    /** Stops every listener, then destroys the topic and its ringbuffer, as 3.12 does. */
    @Override
    public CompletableFuture<Void> destroy() {
        runners.values().forEach(ReliableTopicRunner::cancel);
        runners.clear();
        return objects.destroy(DistributedObject.RELIABLE_TOPIC_SERVICE, name)
                .thenCompose(destroyed -> ringbuffer.destroy());
    }

    /** The BLOCK policy: adds with FAIL and tries again, waiting longer each time, until there is room. */
    private CompletableFuture<Void> addWithBackoff(Data envelope, long backoffMillis) {
        return ringbuffer.addData(envelope, OverflowPolicy.FAIL).thenCompose(sequence -> {
            if (sequence != -1) {
                return CompletableFuture.completedFuture(null);
            }
            Executor later = CompletableFuture.delayedExecutor(backoffMillis, TimeUnit.MILLISECONDS, executor);
            return CompletableFuture.supplyAsync(() -> null, later).thenCompose(
                    waited -> addWithBackoff(envelope, Math.min(2 * backoffMillis, MAX_BACKOFF_MILLIS)));
        });
    }

    private static <E> ReliableMessageListener<E> reliable(MessageListener<E> listener) {
        if (listener instanceof ReliableMessageListener<E> reliable) {
            return reliable;
        }
        return new ReliableMessageListener<>() {
            @Override
            public void onMessage(Message<E> message) {
                listener.onMessage(message);
            }

            @Override
            public String toString() {
                return listener.toString();
            }
        };
    }
}
