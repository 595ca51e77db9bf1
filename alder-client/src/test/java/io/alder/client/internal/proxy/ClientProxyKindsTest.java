package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.client.AlderAtomicLong;
import io.alder.client.AlderAtomicReference;
import io.alder.client.AlderCountDownLatch;
import io.alder.client.AlderSemaphore;
import io.alder.client.DistributedObject;
import io.alder.client.internal.proxy.RecordingObjects.Call;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.protocol.codec.ResponseCodec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Counters, references, latches and semaphores among a client's proxies: one per name, announced once. */
class ClientProxyKindsTest {

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final ClientProxies proxies = new ClientProxies(context, objects, new Blocking(Duration.ofSeconds(30)));

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("each kind is announced under its 3.12 service name, once per name, and a name is per kind")
    void announcedOncePerKindAndName() {
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
    @DisplayName("destroying one forgets its proxy, so the next use announces the name anew")
    void destroyedForgotten() {
        CompletableFuture<AlderSemaphore> semaphore = proxies.semaphore("gate");
        objects.calls().get(0).done().complete(null);

        semaphore.join().async().destroy();
        CompletableFuture<AlderSemaphore> again = proxies.semaphore("gate");

        assertThat(objects.calls()).extracting(Call::operation).containsExactly("create", "destroy", "create");
        assertThat(again).isNotSameAs(semaphore);
    }

    @Test
    @DisplayName("the cluster's counters, references, latches and semaphores are listed as their typed objects")
    void listedTyped() {
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
}
