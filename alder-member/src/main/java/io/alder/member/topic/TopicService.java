package io.alder.member.topic;

import io.alder.member.Clock;
import io.alder.member.DistributedObjects;
import io.alder.member.ListenerRegistry;
import io.alder.serialization.Data;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member's topics (ITopic), with 3.12 semantics: a message published on a topic reaches every
 * listener registered on it at that moment, once; a listener registered later only hears later messages.
 * Messages carry the publish time from the engine clock and this member's uuid.
 *
 * <p><b>Order.</b> Listeners are called on the publishing thread, in the order publish is called. An
 * endpoint publishes the requests of one connection on that connection's thread, one after the other, so
 * every listener receives each publisher's messages in publish order, as 3.12 guarantees; messages of
 * different publishers may interleave differently for different listeners (3.12's topics without global
 * ordering make no promise there either).
 *
 * <p><b>Lifecycle.</b> Destroying a topic drops its listeners, as 3.12 does. Registrations of a client
 * end with its connection, which endpoints arrange. Thread-safe; no topic has state but its listeners.
 */
public final class TopicService {

    /** The service name of topics in proxies and distributed-object events. */
    public static final String SERVICE_NAME = "hz:impl:topicService";

    private static final Logger LOG = LoggerFactory.getLogger(TopicService.class);

    private final Clock clock;
    private final String memberUuid;
    private final Map<String, ListenerRegistry<TopicMessage>> listeners = new ConcurrentHashMap<>();

    /**
     * Creates the service and hooks it to topic destruction.
     *
     * @param memberUuid this member's uuid, put into messages
     */
    public TopicService(Clock clock, String memberUuid, DistributedObjects distributedObjects) {
        this.clock = clock;
        this.memberUuid = memberUuid;
        distributedObjects.onDestroy(SERVICE_NAME, listeners::remove);
    }

    /** Hands {@code message} to every listener of the topic, on this thread. */
    public void publish(String name, Data message) {
        ListenerRegistry<TopicMessage> registry = listeners.get(name);
        if (registry != null) {
            registry.publish(new TopicMessage(message, clock.millis(), memberUuid));
        }
    }

    /**
     * Registers a listener for the messages published on the topic from now on. It is called on the
     * publishing thread and must be quick and never block (an endpoint just writes a frame); an exception
     * it throws is logged and does not keep the message from other listeners.
     *
     * @return the registration id
     */
    public String addMessageListener(String name, Consumer<TopicMessage> listener) {
        String[] id = new String[1];
        listeners.compute(name, (topic, registry) -> {
            ListenerRegistry<TopicMessage> target = registry == null ? new ListenerRegistry<>() : registry;
            id[0] = target.add(message -> deliver(topic, listener, message));
            return target;
        });
        return id[0];
    }

    /** Ends a registration; false if the id is unknown on this topic. */
    public boolean removeMessageListener(String name, String registrationId) {
        boolean[] removed = new boolean[1];
        listeners.computeIfPresent(name, (topic, registry) -> {
            removed[0] = registry.remove(registrationId);
            return registry.isEmpty() ? null : registry;
        });
        return removed[0];
    }

    private static void deliver(String topic, Consumer<TopicMessage> listener, TopicMessage message) {
        try {
            listener.accept(message);
        } catch (RuntimeException e) {
            LOG.warn("A message listener of topic {} failed", topic, e);
        }
    }
}
