package io.alder.client.internal.proxy;

import io.alder.client.AsyncAlderTopic;
import io.alder.client.DistributedObject;
import io.alder.client.Member;
import io.alder.client.MessageListener;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.TopicCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The client side of one topic: a publish goes to the owner of the partition of the topic's name, and a
 * listener is a {@code Topic.addMessageListener} registration on every member connection, whose TOPIC
 * events reach the listener in order (all carry the same partition). Thread-safe.
 */
public final class TopicProxy<E> implements AsyncAlderTopic<E> {

    private final String name;
    private final ClientContext context;
    private final ObjectRegistry objects;
    private final Function<String, Member> memberByUuid;

    /**
     * @param objects where the topic is destroyed
     * @param memberByUuid the cluster member with a uuid, or null; names the publishing member of messages
     */
    public TopicProxy(String name, ClientContext context, ObjectRegistry objects,
            Function<String, Member> memberByUuid) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.objects = objects;
        this.memberByUuid = memberByUuid;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompletableFuture<Void> publish(E message) {
        Data data = context.serialization().toData(Objects.requireNonNull(message, "message"));
        return Calls.invoke(context.invocations(), TopicCodec.REQUESTS.encode(context.allocator(),
                MessageType.TOPIC_PUBLISH, 0, context.partitionIdOfName(name), new ValueRequest(name, data)),
                Calls.NO_WAIT, Calls::ignore);
    }

    @Override
    public CompletableFuture<String> addMessageListener(MessageListener<E> listener) {
        Objects.requireNonNull(listener, "listener");
        return context.invocations().addListener(new TopicListenerProtocol(name),
                new TopicEventDispatcher<>(name, listener, context.serialization(), memberByUuid));
    }

    @Override
    public CompletableFuture<Boolean> removeMessageListener(String registrationId) {
        return context.invocations().removeListener(Objects.requireNonNull(registrationId, "registrationId"));
    }

    @Override
    public CompletableFuture<Void> destroy() {
        return objects.destroy(DistributedObject.TOPIC_SERVICE, name);
    }
}
