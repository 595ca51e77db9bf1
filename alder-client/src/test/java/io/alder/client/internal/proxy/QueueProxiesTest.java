package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.client.AlderMap;
import io.alder.client.AlderQueue;
import io.alder.client.DistributedObject;
import io.alder.client.internal.proxy.RecordingObjects.Call;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Queue proxies: one per name, announced once under the queue service, forgotten when destroyed. */
class QueueProxiesTest {

    private final TestContext context = new TestContext();
    private final RecordingObjects objects = new RecordingObjects();
    private final ClientProxies proxies = new ClientProxies(context, objects, new Blocking(Duration.ofSeconds(30)),
            context.messaging());

    @AfterEach
    void releaseRequests() {
        context.invocations().close();
    }

    @Test
    @DisplayName("the first use of a queue name announces it as a queue; every use shares the proxy")
    void queueAnnouncedOnce() {
        CompletableFuture<AlderQueue<String>> first = proxies.queue("jobs");
        CompletableFuture<AlderQueue<String>> second = proxies.queue("jobs");

        assertThat(objects.calls()).singleElement().extracting(Call::operation, Call::serviceName, Call::name)
                .containsExactly("create", DistributedObject.QUEUE_SERVICE, "jobs");
        objects.calls().get(0).done().complete(null);

        assertThat(first).isSameAs(second);
        assertThat(first.join().getName()).isEqualTo("jobs");
        assertThat(first.join().getServiceName()).isEqualTo(DistributedObject.QUEUE_SERVICE);
    }

    @Test
    @DisplayName("a map and a queue of the same name are two objects")
    void mapAndQueueOfOneName() {
        CompletableFuture<AlderQueue<String>> queue = proxies.queue("jobs");
        CompletableFuture<AlderMap<String, String>> map = proxies.map("jobs");
        objects.calls().forEach(call -> call.done().complete(null));

        assertThat(objects.calls()).extracting(Call::serviceName)
                .containsExactly(DistributedObject.QUEUE_SERVICE, DistributedObject.MAP_SERVICE);
        assertThat(queue.join()).isInstanceOf(AlderQueue.class);
        assertThat(map.join()).isInstanceOf(AlderMap.class);
    }

    @Test
    @DisplayName("destroying a queue forgets its proxy, so the next use announces the name anew")
    void destroyedQueueForgotten() {
        CompletableFuture<AlderQueue<String>> queue = proxies.queue("jobs");
        objects.calls().get(0).done().complete(null);

        queue.join().async().destroy();
        objects.calls().get(1).done().complete(null);
        CompletableFuture<AlderQueue<String>> again = proxies.queue("jobs");

        assertThat(objects.calls()).extracting(Call::operation).containsExactly("create", "destroy", "create");
        assertThat(again).isNotSameAs(queue);
    }
}
