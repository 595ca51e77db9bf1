package io.alder.compat;

import com.hazelcast.core.EntryEventType;
import com.hazelcast.core.IFunction;
import com.hazelcast.core.ItemEventType;
import io.alder.client.AlderAtomicLong;
import io.alder.client.AlderAtomicReference;
import io.alder.client.AlderClient;
import io.alder.client.AlderCondition;
import io.alder.client.AlderCountDownLatch;
import io.alder.client.AlderList;
import io.alder.client.AlderLock;
import io.alder.client.AlderMap;
import io.alder.client.AlderMultiMap;
import io.alder.client.AlderQueue;
import io.alder.client.AlderReplicatedMap;
import io.alder.client.AlderRingbuffer;
import io.alder.client.AlderSemaphore;
import io.alder.client.AlderSet;
import io.alder.client.AlderTopic;
import io.alder.client.AsyncAlderAtomicLong;
import io.alder.client.AsyncAlderAtomicReference;
import io.alder.client.AsyncAlderCondition;
import io.alder.client.AsyncAlderCountDownLatch;
import io.alder.client.AsyncAlderList;
import io.alder.client.AsyncAlderLock;
import io.alder.client.AsyncAlderMap;
import io.alder.client.AsyncAlderMultiMap;
import io.alder.client.AsyncAlderQueue;
import io.alder.client.AsyncAlderReplicatedMap;
import io.alder.client.AsyncAlderRingbuffer;
import io.alder.client.AsyncAlderSemaphore;
import io.alder.client.AsyncAlderSet;
import io.alder.client.AsyncAlderTopic;
import io.alder.client.ClientConfig;
import io.alder.client.DistributedObjectEvent;
import io.alder.client.DistributedObjectListener;
import io.alder.client.EntryEvent;
import io.alder.client.EntryListener;
import io.alder.client.ItemEvent;
import io.alder.client.ItemListener;
import io.alder.client.MapEvent;
import io.alder.client.MapListener;
import io.alder.client.Member;
import io.alder.client.MemberErrorException;
import io.alder.client.Message;
import io.alder.client.MessageListener;
import io.alder.client.OverflowPolicy;
import io.alder.client.ReliableMessageListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Alder's Java client as a {@link ClientUnderTest}. */
final class AlderJavaClient implements ClientUnderTest {

    private static final ViewDialect MAP_DIALECT = new AlderDialect(AlderMap.class, AsyncAlderMap.class,
            map -> ((AlderMap<?, ?>) map).async(),
            new ParameterBridge<>(RecordingListener.class, MapListener.class, AlderJavaClient::mapListener));

    private static final ParameterBridge<RecordingItemListener> ITEM_LISTENERS =
            new ParameterBridge<>(RecordingItemListener.class, ItemListener.class, AlderJavaClient::itemListener);

    private static final ViewDialect QUEUE_DIALECT = new AlderDialect(AlderQueue.class, AsyncAlderQueue.class,
            queue -> ((AlderQueue<?>) queue).async(), ITEM_LISTENERS);

    private static final ViewDialect SET_DIALECT = new AlderDialect(AlderSet.class, AsyncAlderSet.class,
            set -> ((AlderSet<?>) set).async(), ITEM_LISTENERS);

    private static final ViewDialect LIST_DIALECT = new AlderDialect(AlderList.class, AsyncAlderList.class,
            list -> ((AlderList<?>) list).async(), ITEM_LISTENERS);

    private static final ViewDialect TOPIC_DIALECT = new AlderDialect(AlderTopic.class, AsyncAlderTopic.class,
            topic -> ((AlderTopic<?>) topic).async(), new ParameterBridge<>(RecordingMessageListener.class,
                    MessageListener.class, AlderJavaClient::messageListener));

    private static final ViewDialect RINGBUFFER_DIALECT = new AlderDialect(AlderRingbuffer.class,
            AsyncAlderRingbuffer.class, ringbuffer -> ((AlderRingbuffer<?>) ringbuffer).async(),
            new ParameterBridge<>(com.hazelcast.ringbuffer.OverflowPolicy.class, OverflowPolicy.class,
                    policy -> OverflowPolicy.valueOf(policy.name())));

    /** Alder's client takes a function as any object it serializes; the views pass 3.12 {@code IFunction}s. */
    private static final ParameterBridge<IFunction> FUNCTIONS = new ParameterBridge<>(IFunction.class, Object.class,
            function -> function);

    private static final ViewDialect ATOMIC_LONG_DIALECT = new AlderDialect(AlderAtomicLong.class,
            AsyncAlderAtomicLong.class, counter -> ((AlderAtomicLong) counter).async(), FUNCTIONS);

    private static final ViewDialect ATOMIC_REFERENCE_DIALECT = new AlderDialect(AlderAtomicReference.class,
            AsyncAlderAtomicReference.class, reference -> ((AlderAtomicReference<?>) reference).async(), FUNCTIONS);

    private static final ViewDialect COUNT_DOWN_LATCH_DIALECT = new AlderDialect(AlderCountDownLatch.class,
            AsyncAlderCountDownLatch.class, latch -> ((AlderCountDownLatch) latch).async(), ParameterBridge.NONE);

    private static final ViewDialect SEMAPHORE_DIALECT = new AlderDialect(AlderSemaphore.class,
            AsyncAlderSemaphore.class, semaphore -> ((AlderSemaphore) semaphore).async(), ParameterBridge.NONE);

    private static final ViewDialect LOCK_DIALECT = new AlderDialect(AlderLock.class, AsyncAlderLock.class,
            lock -> ((AlderLock) lock).async(), ParameterBridge.NONE);

    private static final ViewDialect CONDITION_DIALECT = new AlderDialect(AlderCondition.class,
            AsyncAlderCondition.class, condition -> ((AlderCondition) condition).async(), ParameterBridge.NONE);

    private static final ViewDialect MULTI_MAP_DIALECT = new AlderDialect(AlderMultiMap.class,
            AsyncAlderMultiMap.class, multiMap -> ((AlderMultiMap<?, ?>) multiMap).async(),
            new ParameterBridge<>(RecordingListener.class, EntryListener.class, AlderJavaClient::entryListener));

    private static final ViewDialect REPLICATED_MAP_DIALECT = new AlderDialect(AlderReplicatedMap.class,
            AsyncAlderReplicatedMap.class, map -> ((AlderReplicatedMap<?, ?>) map).async(),
            new ParameterBridge<>(RecordingListener.class, EntryListener.class, AlderJavaClient::entryListener));

    /**
     * Alder's client's side of a view: the asynchronous methods are those of the structure's {@code async()}
     * view, named like the blocking ones, and return CompletableFutures.
     *
     * @param toAsync the structure's {@code async()}
     */
    private record AlderDialect(Class<?> backingType, Class<?> asyncType, UnaryOperator<Object> toAsync,
            ParameterBridge<?> parameters) implements ViewDialect {

        private static final String ASYNC_SUFFIX = "Async";

        @Override
        public Object asyncView(Object backing) {
            return toAsync.apply(backing);
        }

        @Override
        public String asyncMethod(String viewMethod) {
            return viewMethod.substring(0, viewMethod.length() - ASYNC_SUFFIX.length());
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletableFuture<Object> future(Object pending) {
            return ((CompletionStage<Object>) pending).toCompletableFuture();
        }
    }

    private static Object mapListener(RecordingListener recording) {
        return Listeners.mapListener("io.alder.client", recording.types(), event -> record(recording, event));
    }

    /** An {@code EntryListener}, which multimaps and replicated maps take, that hears every type of event. */
    private static Object entryListener(RecordingListener recording) {
        return Listeners.implementing(List.of(EntryListener.class), event -> record(recording, event));
    }

    private static void record(RecordingListener recording, Object event) {
        if (event instanceof EntryEvent<?, ?> e) {
            recording.heard(SeenEvent.entry(type(e.eventType()), e.key(), e.value(), e.oldValue()), e.mapName(),
                    e.memberUuid());
        } else {
            MapEvent e = (MapEvent) event;
            recording.heard(SeenEvent.mapWide(type(e.eventType()), e.affectedEntries()), e.mapName(),
                    e.memberUuid());
        }
    }

    private static EntryEventType type(io.alder.client.EntryEventType type) {
        return EntryEventType.valueOf(type.name());
    }

    private static Object itemListener(RecordingItemListener recording) {
        return Listeners.implementing(List.of(ItemListener.class), event -> {
            ItemEvent<?> e = (ItemEvent<?>) event;
            recording.heard(new SeenItemEvent(e.name(), ItemEventType.valueOf(e.eventType().name()), e.item(),
                    e.memberUuid()));
        });
    }

    /** A reliable listener, so that a reliable topic asks it whether it tolerates loss; a plain topic ignores that. */
    private static Object messageListener(RecordingMessageListener recording) {
        return new ReliableMessageListener<>() {
            @Override
            public void onMessage(Message<Object> message) {
                Member publisher = message.getPublishingMember();
                recording.heard(new SeenMessage(message.getMessageObject(), message.getSource(),
                        message.getPublishTime(), publisher == null ? null : publisher.uuid()));
            }

            @Override
            public boolean isLossTolerant() {
                return recording.lossTolerant();
            }
        };
    }

    private final AlderClient client;

    private AlderJavaClient(AlderClient client) {
        this.client = client;
    }

    /**
     * Connects a client to the member at {@code address} with the settings the official clients get (see
     * {@link OfficialClients#config}): the suites' group, a 5 s connect timeout, and a 20 s invocation timeout
     * so that an unanswered request fails a test quickly.
     */
    static AlderJavaClient start(String address, Routing routing) {
        return new AlderJavaClient(AlderClient.connect(ClientConfig.builder().address(address)
                .groupName(ServerUnderTest.GROUP_NAME).groupPassword(ServerUnderTest.GROUP_PASSWORD)
                .smartRouting(routing.smart())
                .connectionTimeout(Duration.ofSeconds(5)).clusterConnectTimeout(Duration.ofSeconds(5))
                .invocationTimeout(Duration.ofSeconds(20))
                .build()));
    }

    @Override
    public ClientKind kind() {
        return ClientKind.ALDER;
    }

    @Override
    public <K, V> MapView<K, V> getMap(String name) {
        return ClientViews.over(MapView.class, client.getMap(name), MAP_DIALECT);
    }

    @Override
    public <E> QueueView<E> getQueue(String name) {
        return ClientViews.over(QueueView.class, client.getQueue(name), QUEUE_DIALECT);
    }

    @Override
    public <E> TopicView<E> getTopic(String name) {
        return ClientViews.over(TopicView.class, client.getTopic(name), TOPIC_DIALECT);
    }

    @Override
    public <E> TopicView<E> getReliableTopic(String name) {
        return ClientViews.over(TopicView.class, client.getReliableTopic(name), TOPIC_DIALECT);
    }

    @Override
    public <E> RingbufferView<E> getRingbuffer(String name) {
        return ClientViews.over(RingbufferView.class, client.getRingbuffer(name), RINGBUFFER_DIALECT);
    }

    @Override
    public AtomicLongView getAtomicLong(String name) {
        return ClientViews.over(AtomicLongView.class, client.getAtomicLong(name), ATOMIC_LONG_DIALECT);
    }

    @Override
    public <E> AtomicReferenceView<E> getAtomicReference(String name) {
        return ClientViews.over(AtomicReferenceView.class, client.getAtomicReference(name), ATOMIC_REFERENCE_DIALECT);
    }

    @Override
    public CountDownLatchView getCountDownLatch(String name) {
        return ClientViews.over(CountDownLatchView.class, client.getCountDownLatch(name), COUNT_DOWN_LATCH_DIALECT);
    }

    @Override
    public SemaphoreView getSemaphore(String name) {
        return ClientViews.over(SemaphoreView.class, client.getSemaphore(name), SEMAPHORE_DIALECT);
    }

    @Override
    public <E> SetView<E> getSet(String name) {
        return ClientViews.over(SetView.class, client.getSet(name), SET_DIALECT);
    }

    @Override
    public <E> ListView<E> getList(String name) {
        return ClientViews.over(ListView.class, client.getList(name), LIST_DIALECT);
    }

    @Override
    public LockView getLock(String name) {
        return ClientViews.over(LockView.class, client.getLock(name), LOCK_DIALECT);
    }

    @Override
    public ConditionView getCondition(String lockName, String name) {
        return ClientViews.over(ConditionView.class, client.getLock(lockName).newCondition(name), CONDITION_DIALECT);
    }

    @Override
    public <K, V> MultiMapView<K, V> getMultiMap(String name) {
        return ClientViews.over(MultiMapView.class, client.getMultiMap(name), MULTI_MAP_DIALECT);
    }

    @Override
    public <K, V> ReplicatedMapView<K, V> getReplicatedMap(String name) {
        return ClientViews.over(ReplicatedMapView.class, client.getReplicatedMap(name), REPLICATED_MAP_DIALECT);
    }

    @Override
    public String memberUuid(String address) {
        return client.cluster().getMembers().stream()
                .filter(member -> address.equals(member.host() + ":" + member.port()))
                .map(Member::uuid)
                .findFirst().orElse(null);
    }

    @Override
    public List<SeenObject> distributedObjects() {
        return client.getDistributedObjects().stream()
                .map(object -> new SeenObject(object.getName(), object.getServiceName(),
                        SeenObject.ProxyType.of(object, AlderMap.class, AlderQueue.class, AlderTopic.class,
                        AlderRingbuffer.class, AlderSet.class, AlderList.class)))
                .toList();
    }

    @Override
    public String addDistributedObjectListener(Consumer<SeenObjectEvent> heard) {
        Consumer<Object> record = event -> {
            DistributedObjectEvent e = (DistributedObjectEvent) event;
            heard.accept(new SeenObjectEvent(e.type().name(), e.objectName(), e.serviceName()));
        };
        return client.addDistributedObjectListener(
                (DistributedObjectListener) Listeners.implementing(List.of(DistributedObjectListener.class), record));
    }

    @Override
    public boolean removeDistributedObjectListener(String registration) {
        return client.removeDistributedObjectListener(registration);
    }

    @Override
    public String memberErrorClass(Throwable failure) {
        return failure instanceof MemberErrorException memberError ? memberError.remoteClassName()
                : failure.getClass().getName();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return kind().toString();
    }
}
