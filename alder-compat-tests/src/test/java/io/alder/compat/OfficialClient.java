package io.alder.compat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.AbstractIMapEvent;
import com.hazelcast.core.DistributedObjectEvent;
import com.hazelcast.core.DistributedObjectListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.EntryListener;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IAtomicLong;
import com.hazelcast.core.IAtomicReference;
import com.hazelcast.core.ICompletableFuture;
import com.hazelcast.core.ICondition;
import com.hazelcast.core.ICountDownLatch;
import com.hazelcast.core.IList;
import com.hazelcast.core.ILock;
import com.hazelcast.core.IMap;
import com.hazelcast.core.IQueue;
import com.hazelcast.core.ISemaphore;
import com.hazelcast.core.ISet;
import com.hazelcast.core.ITopic;
import com.hazelcast.core.ItemEvent;
import com.hazelcast.core.ItemListener;
import com.hazelcast.core.MapEvent;
import com.hazelcast.core.Member;
import com.hazelcast.core.Message;
import com.hazelcast.core.MessageListener;
import com.hazelcast.core.MultiMap;
import com.hazelcast.core.ReplicatedMap;
import com.hazelcast.map.listener.MapListener;
import com.hazelcast.ringbuffer.Ringbuffer;
import com.hazelcast.topic.ReliableMessageListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/** The official 3.12.13 Java client as a {@link ClientUnderTest}. */
final class OfficialClient implements ClientUnderTest {

    private static final ViewDialect MAP_DIALECT = new OfficialDialect(IMap.class,
            new ParameterBridge<>(RecordingListener.class, MapListener.class, OfficialClient::mapListener));

    private static final ParameterBridge<RecordingItemListener> ITEM_LISTENERS =
            new ParameterBridge<>(RecordingItemListener.class, ItemListener.class, OfficialClient::itemListener);

    private static final ViewDialect QUEUE_DIALECT = new OfficialDialect(IQueue.class, ITEM_LISTENERS);

    private static final ViewDialect SET_DIALECT = new OfficialDialect(ISet.class, ITEM_LISTENERS);

    private static final ViewDialect LIST_DIALECT = new OfficialDialect(IList.class, ITEM_LISTENERS);

    private static final ViewDialect TOPIC_DIALECT = new OfficialDialect(ITopic.class, new ParameterBridge<>(
            RecordingMessageListener.class, MessageListener.class, OfficialClient::messageListener));

    private static final ViewDialect RINGBUFFER_DIALECT = new OfficialDialect(Ringbuffer.class, ParameterBridge.NONE);

    private static final ViewDialect ATOMIC_LONG_DIALECT = new OfficialDialect(IAtomicLong.class, ParameterBridge.NONE);

    private static final ViewDialect ATOMIC_REFERENCE_DIALECT = new OfficialDialect(IAtomicReference.class,
            ParameterBridge.NONE);

    private static final ViewDialect COUNT_DOWN_LATCH_DIALECT = new OfficialDialect(ICountDownLatch.class,
            ParameterBridge.NONE);

    private static final ViewDialect SEMAPHORE_DIALECT = new OfficialDialect(ISemaphore.class, ParameterBridge.NONE);

    private static final ViewDialect LOCK_DIALECT = new OfficialDialect(ILock.class, ParameterBridge.NONE);

    private static final ViewDialect CONDITION_DIALECT = new OfficialDialect(ICondition.class, ParameterBridge.NONE);

    private static final ViewDialect MULTI_MAP_DIALECT = new OfficialDialect(MultiMap.class,
            new ParameterBridge<>(RecordingListener.class, EntryListener.class, OfficialClient::entryListener));

    private static final ViewDialect REPLICATED_MAP_DIALECT = new OfficialDialect(ReplicatedMap.class,
            new ParameterBridge<>(RecordingListener.class, EntryListener.class, OfficialClient::entryListener));

    /**
     * The official client's side of a view: the asynchronous methods are those of the structure itself, named
     * {@code xAsync}, and return ICompletableFutures.
     */
    private record OfficialDialect(Class<?> backingType, ParameterBridge<?> parameters) implements ViewDialect {

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
                    // The client hands a member's exception over wrapped, as get() would throw it.
                    future.completeExceptionally(failure instanceof ExecutionException wrapped
                            && wrapped.getCause() != null ? wrapped.getCause() : failure);
                }
            });
            return future;
        }
    }

    private static Object mapListener(RecordingListener recording) {
        return Listeners.mapListener("com.hazelcast.map.listener", recording.types(),
                event -> record(recording, event));
    }

    /** An {@code EntryListener}, which multimaps and replicated maps take, that hears every type of event. */
    private static Object entryListener(RecordingListener recording) {
        return Listeners.implementing(List.of(EntryListener.class), event -> record(recording, event));
    }

    private static void record(RecordingListener recording, Object event) {
        AbstractIMapEvent mapEvent = (AbstractIMapEvent) event;
        SeenEvent seen = event instanceof EntryEvent<?, ?> e
                ? SeenEvent.entry(e.getEventType(), e.getKey(), e.getValue(), e.getOldValue())
                : SeenEvent.mapWide(mapEvent.getEventType(), ((MapEvent) event).getNumberOfEntriesAffected());
        Member member = mapEvent.getMember();
        recording.heard(seen, mapEvent.getName(), member == null ? null : member.getUuid());
    }

    private static Object itemListener(RecordingItemListener recording) {
        return Listeners.implementing(List.of(ItemListener.class), event -> {
            ItemEvent<?> e = (ItemEvent<?>) event;
            // 3.12's item event carries the queue's name as its source
            recording.heard(new SeenItemEvent((String) e.getSource(), e.getEventType(), e.getItem(),
                    e.getMember().getUuid()));
        });
    }

    /** A reliable listener, so that a reliable topic asks it whether it tolerates loss; a plain topic ignores that. */
    private static Object messageListener(RecordingMessageListener recording) {
        return new ReliableMessageListener<>() {
            @Override
            public void onMessage(Message<Object> message) {
                Member publisher = message.getPublishingMember();
                recording.heard(new SeenMessage(message.getMessageObject(), (String) message.getSource(),
                        message.getPublishTime(), publisher == null ? null : publisher.getUuid()));
            }

            @Override
            public long retrieveInitialSequence() {
                return -1;
            }

            @Override
            public void storeSequence(long sequence) {
                // Starts after the newest message every time, as a plain listener does.
            }

            @Override
            public boolean isLossTolerant() {
                return recording.lossTolerant();
            }

            @Override
            public boolean isTerminal(Throwable failure) {
                return false;
            }
        };
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
    public <K, V> MapView<K, V> getMap(String name) {
        return ClientViews.over(MapView.class, instance.getMap(name), MAP_DIALECT);
    }

    @Override
    public <E> QueueView<E> getQueue(String name) {
        return ClientViews.over(QueueView.class, instance.getQueue(name), QUEUE_DIALECT);
    }

    @Override
    public <E> TopicView<E> getTopic(String name) {
        return ClientViews.over(TopicView.class, instance.getTopic(name), TOPIC_DIALECT);
    }

    @Override
    public <E> TopicView<E> getReliableTopic(String name) {
        return ClientViews.over(TopicView.class, instance.getReliableTopic(name), TOPIC_DIALECT);
    }

    @Override
    public <E> RingbufferView<E> getRingbuffer(String name) {
        return ClientViews.over(RingbufferView.class, instance.getRingbuffer(name), RINGBUFFER_DIALECT);
    }

    @Override
    public AtomicLongView getAtomicLong(String name) {
        return ClientViews.over(AtomicLongView.class, instance.getAtomicLong(name), ATOMIC_LONG_DIALECT);
    }

    @Override
    public <E> AtomicReferenceView<E> getAtomicReference(String name) {
        return ClientViews.over(AtomicReferenceView.class, instance.getAtomicReference(name), ATOMIC_REFERENCE_DIALECT);
    }

    @Override
    public CountDownLatchView getCountDownLatch(String name) {
        return ClientViews.over(CountDownLatchView.class, instance.getCountDownLatch(name), COUNT_DOWN_LATCH_DIALECT);
    }

    @Override
    public SemaphoreView getSemaphore(String name) {
        return ClientViews.over(SemaphoreView.class, instance.getSemaphore(name), SEMAPHORE_DIALECT);
    }

    @Override
    public <E> SetView<E> getSet(String name) {
        return ClientViews.over(SetView.class, instance.getSet(name), SET_DIALECT);
    }

    @Override
    public <E> ListView<E> getList(String name) {
        return ClientViews.over(ListView.class, instance.getList(name), LIST_DIALECT);
    }

    @Override
    public <K, V> MultiMapView<K, V> getMultiMap(String name) {
        return ClientViews.over(MultiMapView.class, instance.getMultiMap(name), MULTI_MAP_DIALECT);
    }

    @Override
    public <K, V> ReplicatedMapView<K, V> getReplicatedMap(String name) {
        return ClientViews.over(ReplicatedMapView.class, instance.getReplicatedMap(name), REPLICATED_MAP_DIALECT);
    }

    @Override
    @SuppressWarnings("deprecation") // ILock is deprecated in 3.12 but still offered and used
    public LockView getLock(String name) {
        return ClientViews.over(LockView.class, instance.getLock(name), LOCK_DIALECT);
    }

    @Override
    public ConditionView getCondition(String lockName, String name) {
        return ClientViews.over(ConditionView.class, instance.getLock(lockName).newCondition(name), CONDITION_DIALECT);
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
                        SeenObject.ProxyType.of(object, IMap.class, IQueue.class, ITopic.class, Ringbuffer.class,
                                ISet.class, IList.class)))
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
