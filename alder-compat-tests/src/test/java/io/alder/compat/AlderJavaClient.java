package io.alder.compat;

import com.hazelcast.core.EntryEventType;
import io.alder.client.AlderAtomicLong;
import io.alder.client.AlderAtomicReference;
import io.alder.client.AlderClient;
import io.alder.client.AlderCountDownLatch;
import io.alder.client.AlderMap;
import io.alder.client.AlderSemaphore;
import io.alder.client.ClientConfig;
import io.alder.client.DistributedObjectEvent;
import io.alder.client.DistributedObjectListener;
import io.alder.client.EntryEvent;
import io.alder.client.MapEvent;
import io.alder.client.MapListener;
import io.alder.client.Member;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Alder's Java client as a {@link ClientUnderTest}. */
final class AlderJavaClient implements ClientUnderTest {

    private static final String ASYNC_SUFFIX = "Async";

    /**
     * Alder's API as the views see it: the asynchronous methods on the structure's {@code async()} view, named
     * without the {@code Async} suffix and returning CompletableFutures.
     */
    private static final ClientViews.Dialect DIALECT = new ClientViews.Dialect(new ClientViews.AsyncCalls() {
        @Override
        public Class<?> declaringType(Class<?> type) {
            return asyncAccessor(type).getReturnType();
        }

        @Override
        public Object callee(Class<?> type, Object target) {
            try {
                return asyncAccessor(type).invoke(target);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Method asyncAccessor(Class<?> type) {
            try {
                return type.getMethod("async");
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type + " has no asynchronous view", e);
            }
        }

        @Override
        public String methodName(String viewMethod) {
            return viewMethod.substring(0, viewMethod.length() - ASYNC_SUFFIX.length());
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletableFuture<Object> future(Object pending) {
            return ((CompletionStage<Object>) pending).toCompletableFuture();
        }
    }, Map.of(RecordingListener.class, new ClientViews.ClientArgument(MapListener.class,
            recording -> listener((RecordingListener) recording))), SeenEntryView.VIEW_RESULTS);

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
    @SuppressWarnings("unchecked")
    public <K, V> MapView<K, V> getMap(String name) {
        return ClientViews.over(MapView.class, AlderMap.class, client.getMap(name), DIALECT);
    }

    @Override
    public AtomicLongView getAtomicLong(String name) {
        return ClientViews.over(AtomicLongView.class, AlderAtomicLong.class, client.getAtomicLong(name), DIALECT);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E> AtomicReferenceView<E> getAtomicReference(String name) {
        return ClientViews.over(AtomicReferenceView.class, AlderAtomicReference.class, client.getAtomicReference(name),
                DIALECT);
    }

    @Override
    public CountDownLatchView getCountDownLatch(String name) {
        return ClientViews.over(CountDownLatchView.class, AlderCountDownLatch.class, client.getCountDownLatch(name),
                DIALECT);
    }

    @Override
    public SemaphoreView getSemaphore(String name) {
        return ClientViews.over(SemaphoreView.class, AlderSemaphore.class, client.getSemaphore(name), DIALECT);
    }

    @Override
    public DistributedLock getLock(String name) {
        throw new UnsupportedOperationException("Alder's client offers key locks of maps only");
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
                .map(object -> new SeenObject(object.getName(), object.getServiceName(), object instanceof AlderMap))
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

    /** A map listener of Alder's types that tells {@code recording} what it hears. */
    private static Object listener(RecordingListener recording) {
        return Listeners.mapListener("io.alder.client", recording.types(), event -> {
            if (event instanceof EntryEvent<?, ?> e) {
                recording.heard(SeenEvent.entry(type(e.eventType()), e.key(), e.value(), e.oldValue()), e.mapName(),
                        e.memberUuid());
            } else {
                MapEvent e = (MapEvent) event;
                recording.heard(SeenEvent.mapWide(type(e.eventType()), e.affectedEntries()), e.mapName(),
                        e.memberUuid());
            }
        });
    }

    private static EntryEventType type(io.alder.client.EntryEventType type) {
        return EntryEventType.valueOf(type.name());
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
