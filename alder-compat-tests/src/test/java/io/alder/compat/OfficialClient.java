package io.alder.compat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.AbstractIMapEvent;
import com.hazelcast.core.DistributedObjectEvent;
import com.hazelcast.core.DistributedObjectListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ICompletableFuture;
import com.hazelcast.core.IMap;
import com.hazelcast.core.IQueue;
import com.hazelcast.core.ItemEvent;
import com.hazelcast.core.ItemListener;
import com.hazelcast.core.MapEvent;
import com.hazelcast.core.Member;
import com.hazelcast.map.listener.MapListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The official 3.12.13 Java client as a {@link ClientUnderTest}. */
final class OfficialClient implements ClientUnderTest {

    private static final ViewDialect MAP_DIALECT = new OfficialDialect(IMap.class,
            new ListenerBridge<>(RecordingListener.class, MapListener.class, OfficialClient::mapListener));

    private static final ViewDialect QUEUE_DIALECT = new OfficialDialect(IQueue.class,
            new ListenerBridge<>(RecordingItemListener.class, ItemListener.class, OfficialClient::itemListener));

    /**
     * The official client's side of a view: the asynchronous methods are those of the structure itself, named
     * {@code xAsync}, and return ICompletableFutures.
     */
    private record OfficialDialect(Class<?> backingType, ListenerBridge<?> listeners) implements ViewDialect {

        @Override
        public Class<?> asyncType() {
            return backingType;
        }

        @Override
        public Object asyncView(Object backing) {
            return backing;
        }

        @Override
        public String asyncMethod(String viewMethod) {
            return viewMethod;
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletableFuture<Object> future(Object pending) {
            CompletableFuture<Object> future = new CompletableFuture<>();
            ((ICompletableFuture<Object>) pending).andThen(new ExecutionCallback<>() {
                @Override
                public void onResponse(Object response) {
                    future.complete(response);
                }

                @Override
                public void onFailure(Throwable failure) {
                    future.completeExceptionally(failure);
                }
            });
            return future;
        }
    }

    private static Object mapListener(RecordingListener recording) {
        return Listeners.mapListener("com.hazelcast.map.listener", recording.types(), event -> {
            AbstractIMapEvent mapEvent = (AbstractIMapEvent) event;
            SeenEvent seen = event instanceof EntryEvent<?, ?> e
                    ? SeenEvent.entry(e.getEventType(), e.getKey(), e.getValue(), e.getOldValue())
                    : SeenEvent.mapWide(mapEvent.getEventType(), ((MapEvent) event).getNumberOfEntriesAffected());
            Member member = mapEvent.getMember();
            recording.heard(seen, mapEvent.getName(), member == null ? null : member.getUuid());
        });
    }

    private static Object itemListener(RecordingItemListener recording) {
        return Listeners.implementing(List.of(ItemListener.class), event -> {
            ItemEvent<?> e = (ItemEvent<?>) event;
            // 3.12's item event carries the queue's name as its source
            recording.heard(new SeenItemEvent((String) e.getSource(), e.getEventType(), e.getItem(),
                    e.getMember().getUuid()));
        });
    }

    private final HazelcastInstance instance;

    OfficialClient(HazelcastInstance instance) {
        this.instance = instance;
    }

    /** Connects a client with the runbook's test settings to the member at {@code address}. */
    static OfficialClient start(String address, Routing routing) {
        return new OfficialClient(HazelcastClient.newHazelcastClient(OfficialClients.config(address, routing)));
    }

    /** The client itself, for the suites that only the official client runs. */
    HazelcastInstance instance() {
        return instance;
    }

    @Override
    public ClientKind kind() {
        return ClientKind.OFFICIAL;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> MapView<K, V> getMap(String name) {
        return ClientViews.over(MapView.class, instance.getMap(name), MAP_DIALECT);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E> QueueView<E> getQueue(String name) {
        return ClientViews.over(QueueView.class, instance.getQueue(name), QUEUE_DIALECT);
    }

    @Override
    @SuppressWarnings("deprecation") // ILock is deprecated in 3.12 but still offered and used
    public DistributedLock getLock(String name) {
        return new ObjectLock(instance.getLock(name));
    }

    @Override
    public String memberUuid(String address) {
        return instance.getCluster().getMembers().stream()
                .filter(member -> address.equals(member.getAddress().getHost() + ":" + member.getAddress().getPort()))
                .map(Member::getUuid)
                .findFirst().orElse(null);
    }

    @Override
    public List<SeenObject> distributedObjects() {
        return instance.getDistributedObjects().stream()
                .map(object -> new SeenObject(object.getName(), object.getServiceName(),
                        SeenObject.ProxyType.of(object, IMap.class, IQueue.class)))
                .toList();
    }

    @Override
    public String addDistributedObjectListener(Consumer<SeenObjectEvent> heard) {
        Consumer<Object> record = event -> {
            DistributedObjectEvent e = (DistributedObjectEvent) event;
            heard.accept(new SeenObjectEvent(e.getEventType().name(), (String) e.getObjectName(), e.getServiceName()));
        };
        return instance.addDistributedObjectListener(
                (DistributedObjectListener) Listeners.implementing(List.of(DistributedObjectListener.class), record));
    }

    @Override
    public boolean removeDistributedObjectListener(String registration) {
        return instance.removeDistributedObjectListener(registration);
    }

    @Override
    public String memberErrorClass(Throwable failure) {
        return failure.getClass().getName();
    }

    @Override
    public void close() {
        // The lifecycle service of an already shut down client is a no-op, so closing twice is harmless.
        instance.getLifecycleService().shutdown();
    }

    @Override
    public String toString() {
        return kind().toString();
    }
}
