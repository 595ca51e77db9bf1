package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.client.AlderAtomicLong;
import io.alder.client.AlderAtomicReference;
import io.alder.client.AlderCountDownLatch;
import io.alder.client.AlderMap;
import io.alder.client.AlderQueue;
import io.alder.client.AlderRingbuffer;
import io.alder.client.AlderSemaphore;
import io.alder.client.AlderTopic;
import io.alder.client.DistributedObject;
import io.alder.client.DistributedObjectEvent;
import io.alder.client.DistributedObjectListener;
import io.alder.client.internal.proxy.RecordingObjects.Call;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ResponseCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One proxy per object and kind (maps, queues, topics, ringbuffers, counters, references, latches, semaphores),
 * announced once; the cluster's object list; distributed object listeners.
 */
class ClientProxiesTest {

    private static final String MAPS = DistributedObject.MAP_SERVICE;
    private static final String QUEUES = DistributedObject.QUEUE_SERVICE;
    private static final String TOPICS = DistributedObject.TOPIC_SERVICE;
    private static final String RELIABLE_TOPICS = DistributedObject.RELIABLE_TOPIC_SERVICE;
    private static final String RINGBUFFERS = DistributedObject.RINGBUFFER_SERVICE;
    private static final String ESTIMATORS = "hz:impl:cardinalityEstimatorService";

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final ClientProxies proxies = new ClientProxies(context, objects, new Blocking(Duration.ofSeconds(30)),
            context.messaging());

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("the first use of a map name announces it; every use shares the proxy once announced")
    void mapAnnouncedOnce() {
        CompletableFuture<AlderMap<String, String>> first = proxies.map("orders");
        CompletableFuture<AlderMap<String, String>> second = proxies.map("orders");

        Call create = single(objects.calls());
        assertThat(create).extracting(Call::operation, Call::serviceName, Call::name)
                .containsExactly("create", MAPS, "orders");
        assertThat(first).isSameAs(second).isNotDone();

        create.done().complete(null);

        assertThat(first.join().getName()).isEqualTo("orders");
        assertThat(first.join().getServiceName()).isEqualTo(MAPS);
    }

    @Test
    @DisplayName("a failed announcement is forgotten, so the next use tries again")
    void failedAnnouncementRetried() {
        CompletableFuture<AlderMap<String, String>> failed = proxies.map("orders");
        objects.calls().get(0).done().completeExceptionally(new IllegalStateException("no member"));

        CompletableFuture<AlderMap<String, String>> retried = proxies.map("orders");

        assertThat(failed).isCompletedExceptionally();
        assertThat(retried).isNotSameAs(failed).isNotDone();
        assertThat(objects.calls()).hasSize(2);
    }

    @Test
    @DisplayName("destroying a map forgets its proxy, so the next use announces the name anew")
    void destroyedMapForgotten() {
        CompletableFuture<AlderMap<String, String>> map = proxies.map("orders");
        objects.calls().get(0).done().complete(null);

        map.join().async().destroy();
        objects.calls().get(1).done().complete(null);
        CompletableFuture<AlderMap<String, String>> again = proxies.map("orders");

        assertThat(objects.calls()).extracting(Call::operation).containsExactly("create", "destroy", "create");
        assertThat(again).isNotSameAs(map);
    }

    @Test
    @DisplayName("a reliable topic announces its ringbuffer _hz_rb_<name> first, then itself")
    void reliableTopicAnnouncesItsRingbufferFirst() {
        CompletableFuture<AlderTopic<String>> topic = proxies.reliableTopic("news");

        assertThat(single(objects.calls())).extracting(Call::operation, Call::serviceName, Call::name)
                .containsExactly("create", RINGBUFFERS, "_hz_rb_news");
        objects.calls().get(0).done().complete(null);
        assertThat(objects.calls()).hasSize(2).last().extracting(Call::operation, Call::serviceName, Call::name)
                .containsExactly("create", RELIABLE_TOPICS, "news");
        assertThat(topic).isNotDone();
        objects.calls().get(1).done().complete(null);

        assertThat(topic.join().getServiceName()).isEqualTo(RELIABLE_TOPICS);
        assertThat(proxies.reliableTopic("news")).isSameAs(topic);
        assertThat(objects.calls()).hasSize(2);
    }

    @Test
    @DisplayName("the cluster's objects are listed as typed proxies, announced, and handles for other kinds")
    void distributedObjects() {
        CompletableFuture<List<DistributedObject>> listed = proxies.distributedObjects();
        ClientMessage request = single(sent.invocations()).request();
        assertThat(request.type()).isEqualTo(MessageType.CLIENT_GET_DISTRIBUTED_OBJECTS.id());

        single(sent.invocations()).response().complete(ResponseCodec.encodeDistributedObjects(context.allocator(), 0,
                List.of(new DistributedObjectInfo(MAPS, "orders"), new DistributedObjectInfo(QUEUES, "jobs"),
                        new DistributedObjectInfo(TOPICS, "news"), new DistributedObjectInfo(RINGBUFFERS, "log"),
                        new DistributedObjectInfo(ESTIMATORS, "visitors"))));
        assertThat(objects.calls()).extracting(Call::operation, Call::serviceName, Call::name)
                .containsExactly(tuple("create", MAPS, "orders"), tuple("create", QUEUES, "jobs"),
                        tuple("create", TOPICS, "news"), tuple("create", RINGBUFFERS, "log"));
        assertThat(listed).isNotDone();
        objects.calls().forEach(call -> call.done().complete(null));

        assertThat(listed.join()).extracting(DistributedObject::getServiceName, DistributedObject::getName)
                .containsExactly(tuple(MAPS, "orders"), tuple(QUEUES, "jobs"), tuple(TOPICS, "news"),
                        tuple(RINGBUFFERS, "log"), tuple(ESTIMATORS, "visitors"));
        assertThat(listed.join().get(0)).isInstanceOf(AlderMap.class).isSameAs(proxies.map("orders").join());
        assertThat(listed.join().get(1)).isInstanceOf(AlderQueue.class).isSameAs(proxies.queue("jobs").join());
        assertThat(listed.join().get(2)).isInstanceOf(AlderTopic.class).isSameAs(proxies.topic("news").join());
        assertThat(listed.join().get(3)).isInstanceOf(AlderRingbuffer.class)
                .isSameAs(proxies.ringbuffer("log").join());
        assertThat(listed.join().get(4)).isNotInstanceOfAny(AlderMap.class, AlderQueue.class, AlderTopic.class,
                AlderRingbuffer.class);
    }

    @Test
    @DisplayName("counters, references, latches and semaphores: announced once per name, under their 3.12 services")
    void synchronizersAnnouncedOncePerKindAndName() {
        CompletableFuture<AlderAtomicLong> counter = proxies.atomicLong("x");
        assertThat(proxies.atomicLong("x")).isSameAs(counter);
        CompletableFuture<AlderAtomicReference<String>> reference = proxies.atomicReference("x");
        CompletableFuture<AlderCountDownLatch> latch = proxies.countDownLatch("x");
        CompletableFuture<AlderSemaphore> semaphore = proxies.semaphore("x");

        assertThat(objects.calls()).extracting(Call::operation, Call::serviceName, Call::name).containsExactly(
                tuple("create", DistributedObject.ATOMIC_LONG_SERVICE, "x"),
                tuple("create", DistributedObject.ATOMIC_REFERENCE_SERVICE, "x"),
                tuple("create", DistributedObject.COUNT_DOWN_LATCH_SERVICE, "x"),
                tuple("create", DistributedObject.SEMAPHORE_SERVICE, "x"));
        objects.calls().forEach(call -> call.done().complete(null));

        assertThat(List.of(counter.join(), reference.join(), latch.join(), semaphore.join()))
                .extracting(DistributedObject::getServiceName).containsExactly(DistributedObject.ATOMIC_LONG_SERVICE,
                        DistributedObject.ATOMIC_REFERENCE_SERVICE, DistributedObject.COUNT_DOWN_LATCH_SERVICE,
                        DistributedObject.SEMAPHORE_SERVICE);
        assertThat(semaphore.join().async()).isInstanceOf(SemaphoreProxy.class);
    }

    @Test
    @DisplayName("destroying a semaphore forgets its proxy, so the next use announces the name anew")
    void destroyedSemaphoreForgotten() {
        CompletableFuture<AlderSemaphore> semaphore = proxies.semaphore("gate");
        objects.calls().get(0).done().complete(null);

        semaphore.join().async().destroy();
        CompletableFuture<AlderSemaphore> again = proxies.semaphore("gate");

        assertThat(objects.calls()).extracting(Call::operation).containsExactly("create", "destroy", "create");
        assertThat(again).isNotSameAs(semaphore);
    }

    @Test
    @DisplayName("the cluster's counters, references, latches and semaphores are listed as their typed objects")
    void synchronizersListedTyped() {
        CompletableFuture<List<DistributedObject>> listed = proxies.distributedObjects();
        sent.single().response().complete(ResponseCodec.encodeDistributedObjects(context.allocator(), 0, List.of(
                new DistributedObjectInfo(DistributedObject.ATOMIC_LONG_SERVICE, "a"),
                new DistributedObjectInfo(DistributedObject.ATOMIC_REFERENCE_SERVICE, "b"),
                new DistributedObjectInfo(DistributedObject.COUNT_DOWN_LATCH_SERVICE, "c"),
                new DistributedObjectInfo(DistributedObject.SEMAPHORE_SERVICE, "d"))));
        objects.calls().forEach(call -> call.done().complete(null));

        assertThat(listed.join()).hasExactlyElementsOfTypes(BlockingAtomicLong.class, BlockingAtomicReference.class,
                BlockingCountDownLatch.class, BlockingSemaphore.class);
    }

    @Test
    @DisplayName("a distributed object listener hears CREATED and DESTROYED events")
    void distributedObjectListener() {
        List<DistributedObjectEvent> heard = new ArrayList<>();
        proxies.addDistributedObjectListener(new DistributedObjectListener() {
            @Override
            public void distributedObjectCreated(DistributedObjectEvent event) {
                heard.add(event);
            }

            @Override
            public void distributedObjectDestroyed(DistributedObjectEvent event) {
                heard.add(event);
            }
        });

        RecordingInvocations.Registration registration = single(sent.registrations());
        ClientMessage add = registration.protocol().encodeAdd(context.allocator(), true);
        try {
            assertThat(add.type()).isEqualTo(MessageType.CLIENT_ADD_DISTRIBUTED_OBJECT_LISTENER.id());
        } finally {
            add.release();
        }
        deliver(registration, new EventCodec.DistributedObjectEvent("orders", MAPS, "CREATED"));
        deliver(registration, new EventCodec.DistributedObjectEvent("orders", MAPS, "DESTROYED"));

        assertThat(heard).containsExactly(
                new DistributedObjectEvent(MAPS, "orders", DistributedObjectEvent.Type.CREATED),
                new DistributedObjectEvent(MAPS, "orders", DistributedObjectEvent.Type.DESTROYED));
    }

    private void deliver(RecordingInvocations.Registration registration, EventCodec.DistributedObjectEvent event) {
        ClientMessage message = EventCodec.encodeDistributedObject(context.allocator(), 1, event);
        try {
            registration.events().accept(message);
        } finally {
            message.release();
        }
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
