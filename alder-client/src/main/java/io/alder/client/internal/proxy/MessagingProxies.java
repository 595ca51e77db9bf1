package io.alder.client.internal.proxy;

import io.alder.client.AlderRingbuffer;
import io.alder.client.AlderTopic;
import io.alder.client.Cluster;
import io.alder.client.DistributedObject;
import io.alder.client.Member;
import io.alder.client.ReliableTopicConfig;
import io.alder.client.internal.ClientContext;
import io.alder.client.internal.proxy.ReliableTopicMessages.PublisherAddress;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The topics, reliable topics and ringbuffers of one client: one proxy per name (its blocking view over
 * the asynchronous one), announced to the cluster on first use and forgotten when destroyed. A reliable
 * topic announces its ringbuffer {@code _hz_rb_<topic>} too, as 3.12 clients do. Thread-safe.
 */
public final class MessagingProxies implements ObjectRegistry {

    private final ClientContext context;
    private final ObjectRegistry cluster;
    private final Blocking blocking;
    private final Cluster members;
    private final Executor userExecutor;
    private final Function<String, ReliableTopicConfig> reliableTopicConfigs;
    private final ProxyCache<AlderTopic<?>> topics = new ProxyCache<>();
    private final ProxyCache<AlderTopic<?>> reliableTopics = new ProxyCache<>();
    private final ProxyCache<AlderRingbuffer<?>> ringbuffers = new ProxyCache<>();

    /**
     * @param cluster announces objects to the cluster and destroys them
     * @param blocking how the blocking views wait
     * @param members the cluster's members, which messages name as their publishers
     * @param userExecutor runs reliable topic listeners
     * @param reliableTopicConfigs the settings of each reliable topic
     */
    public MessagingProxies(ClientContext context, ObjectRegistry cluster, Blocking blocking, Cluster members,
            Executor userExecutor, Function<String, ReliableTopicConfig> reliableTopicConfigs) {
        this.context = context;
        this.cluster = cluster;
        this.blocking = blocking;
        this.members = members;
        this.userExecutor = userExecutor;
        this.reliableTopicConfigs = reliableTopicConfigs;
    }

    /** The topic {@code name}, once the cluster acknowledged it. */
    @SuppressWarnings("unchecked")
    public <E> CompletableFuture<AlderTopic<E>> topic(String name) {
        Objects.requireNonNull(name, "name");
        CompletableFuture<AlderTopic<?>> topic = topics.get(name,
                () -> create(DistributedObject.TOPIC_SERVICE, name),
                () -> new BlockingTopic<>(new TopicProxy<>(name, context, this, this::memberByUuid),
                        DistributedObject.TOPIC_SERVICE, blocking));
        return (CompletableFuture<AlderTopic<E>>) (CompletableFuture<?>) topic;
    }

    /** The reliable topic {@code name}, once the cluster acknowledged it and its ringbuffer. */
    @SuppressWarnings("unchecked")
    public <E> CompletableFuture<AlderTopic<E>> reliableTopic(String name) {
        Objects.requireNonNull(name, "name");
        CompletableFuture<AlderTopic<?>> topic = reliableTopics.get(name,
                () -> create(DistributedObject.RINGBUFFER_SERVICE, ReliableTopicProxy.RINGBUFFER_PREFIX + name)
                        .thenCompose(ringbuffer -> create(DistributedObject.RELIABLE_TOPIC_SERVICE, name)),
                () -> new BlockingTopic<>(new ReliableTopicProxy<>(name, context, this,
                        reliableTopicConfigs.apply(name), this::memberByAddress, userExecutor),
                        DistributedObject.RELIABLE_TOPIC_SERVICE, blocking));
        return (CompletableFuture<AlderTopic<E>>) (CompletableFuture<?>) topic;
    }

    /** The ringbuffer {@code name}, once the cluster acknowledged it. */
    @SuppressWarnings("unchecked")
    public <E> CompletableFuture<AlderRingbuffer<E>> ringbuffer(String name) {
        Objects.requireNonNull(name, "name");
        CompletableFuture<AlderRingbuffer<?>> ringbuffer = ringbuffers.get(name,
                () -> create(DistributedObject.RINGBUFFER_SERVICE, name),
                () -> new BlockingRingbuffer<>(new RingbufferProxy<>(name, context, this), blocking));
        return (CompletableFuture<AlderRingbuffer<E>>) (CompletableFuture<?>) ringbuffer;
    }

    @Override
    public CompletableFuture<Void> create(String serviceName, String name) {
        return cluster.create(serviceName, name);
    }

    /** Forgets the object's proxy, so that the next use announces it anew, and destroys it in the cluster. */
    @Override
    public CompletableFuture<Void> destroy(String serviceName, String name) {
        switch (serviceName) {
            case DistributedObject.TOPIC_SERVICE -> topics.forget(name);
            case DistributedObject.RELIABLE_TOPIC_SERVICE -> reliableTopics.forget(name);
            case DistributedObject.RINGBUFFER_SERVICE -> ringbuffers.forget(name);
            default -> {
                // Not an object of this registry.
            }
        }
        return cluster.destroy(serviceName, name);
    }

    private Member memberByUuid(String uuid) {
        return member(candidate -> candidate.uuid().equals(uuid));
    }

    private Member memberByAddress(PublisherAddress address) {
        return member(candidate -> candidate.host().equals(address.host()) && candidate.port() == address.port());
    }

    private Member member(Predicate<Member> which) {
        return members.getMembers().stream().filter(which).findFirst().orElse(null);
    }
}
