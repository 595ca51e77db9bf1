package io.alder.compat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.AbstractIMapEvent;
import com.hazelcast.core.DistributedObjectEvent;
import com.hazelcast.core.DistributedObjectListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IAtomicLong;
import com.hazelcast.core.IAtomicReference;
import com.hazelcast.core.ICompletableFuture;
import com.hazelcast.core.ICountDownLatch;
import com.hazelcast.core.IMap;
import com.hazelcast.core.ISemaphore;
import com.hazelcast.core.MapEvent;
import com.hazelcast.core.Member;
import com.hazelcast.map.listener.MapListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The official 3.12.13 Java client as a {@link ClientUnderTest}. */
final class OfficialClient implements ClientUnderTest {

    /** 3.12's API as the views see it: {@code xAsync} methods on the structure itself, returning ICompletableFutures. */
    private static final ClientViews.Dialect DIALECT = new ClientViews.Dialect(new ClientViews.AsyncCalls() {
        @Override
        public Class<?> declaringType(Class<?> type) {
            return type;
        }

        @Override
        public Object callee(Class<?> type, Object target) {
            return target;
        }

        @Override
        public String methodName(String viewMethod) {
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
    }, Map.of(RecordingListener.class, new ClientViews.ClientArgument(MapListener.class,
            recording -> listener((RecordingListener) recording))), SeenEntryView.VIEW_RESULTS);

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
        return ClientViews.over(MapView.class, IMap.class, instance.getMap(name), DIALECT);
    }

    @Override
    public AtomicLongView getAtomicLong(String name) {
        return ClientViews.over(AtomicLongView.class, IAtomicLong.class, instance.getAtomicLong(name), DIALECT);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E> AtomicReferenceView<E> getAtomicReference(String name) {
        return ClientViews.over(AtomicReferenceView.class, IAtomicReference.class, instance.getAtomicReference(name),
                DIALECT);
    }

    @Override
    public CountDownLatchView getCountDownLatch(String name) {
        return ClientViews.over(CountDownLatchView.class, ICountDownLatch.class, instance.getCountDownLatch(name),
                DIALECT);
    }

    @Override
    public SemaphoreView getSemaphore(String name) {
        return ClientViews.over(SemaphoreView.class, ISemaphore.class, instance.getSemaphore(name), DIALECT);
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
                .map(object -> new SeenObject(object.getName(), object.getServiceName(), object instanceof IMap))
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

    /** A map listener of 3.12's types that tells {@code recording} what it hears. */
    private static Object listener(RecordingListener recording) {
        return Listeners.mapListener("com.hazelcast.map.listener", recording.types(), event -> {
            AbstractIMapEvent mapEvent = (AbstractIMapEvent) event;
            SeenEvent seen = event instanceof EntryEvent<?, ?> e
                    ? SeenEvent.entry(e.getEventType(), e.getKey(), e.getValue(), e.getOldValue())
                    : SeenEvent.mapWide(mapEvent.getEventType(), ((MapEvent) event).getNumberOfEntriesAffected());
            Member member = mapEvent.getMember();
            recording.heard(seen, mapEvent.getName(), member == null ? null : member.getUuid());
        });
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
