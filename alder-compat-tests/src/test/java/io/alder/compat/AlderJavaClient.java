package io.alder.compat;

import com.hazelcast.core.EntryEventType;
import io.alder.client.AlderClient;
import io.alder.client.AlderMap;
import io.alder.client.AsyncAlderMap;
import io.alder.client.ClientConfig;
import io.alder.client.DistributedObjectEvent;
import io.alder.client.DistributedObjectListener;
import io.alder.client.EntryEvent;
import io.alder.client.MapEvent;
import io.alder.client.MapListener;
import io.alder.client.Member;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Alder's Java client as a {@link ClientUnderTest}. */
final class AlderJavaClient implements ClientUnderTest {

    private static final String ASYNC_SUFFIX = "Async";

    private static final MapDialect DIALECT = new MapDialect() {
        @Override
        public Class<?> mapType() {
            return AlderMap.class;
        }

        @Override
        public Class<?> asyncType() {
            return AsyncAlderMap.class;
        }

        @Override
        public Object asyncView(Object map) {
            return ((AlderMap<?, ?>) map).async();
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

        @Override
        public Class<?> listenerType() {
            return MapListener.class;
        }

        @Override
        public Object listener(RecordingListener recording) {
            return Listeners.mapListener("io.alder.client", recording.types(), event -> {
                if (event instanceof EntryEvent<?, ?> e) {
                    recording.heard(SeenEvent.entry(type(e.eventType()), e.key(), e.value(), e.oldValue()),
                            e.mapName(), e.memberUuid());
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
    };

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
        return MapViews.over(client.getMap(name), DIALECT);
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

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return kind().toString();
    }
}
