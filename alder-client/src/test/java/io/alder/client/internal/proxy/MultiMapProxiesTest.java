package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.client.AlderMultiMap;
import io.alder.client.AlderReplicatedMap;
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

/** Multimap and replicated map proxies: one per name, announced once under their service, listed typed. */
class MultiMapProxiesTest {

    private static final String MULTI_MAPS = DistributedObject.MULTI_MAP_SERVICE;
    private static final String REPLICATED_MAPS = DistributedObject.REPLICATED_MAP_SERVICE;

    private final TestContext context = new TestContext();
    private final RecordingObjects objects = new RecordingObjects();
    private final ClientProxies proxies = new ClientProxies(context, objects, new Blocking(Duration.ofSeconds(30)),
            context.messaging());

    @AfterEach
    void releaseRequests() {
        context.invocations().close();
    }

    @Test
    @DisplayName("the first use of a name announces it under the structure's service; every use shares the proxy")
    void announcedOnce() {
        CompletableFuture<AlderMultiMap<String, String>> multiMap = proxies.multiMap("tags");
        CompletableFuture<AlderReplicatedMap<String, String>> replicatedMap = proxies.replicatedMap("tags");

        assertThat(proxies.<String, String>multiMap("tags")).isSameAs(multiMap);
        assertThat(proxies.<String, String>replicatedMap("tags")).isSameAs(replicatedMap);
        assertThat(objects.calls()).extracting(Call::operation, Call::serviceName, Call::name)
                .containsExactly(tuple("create", MULTI_MAPS, "tags"), tuple("create", REPLICATED_MAPS, "tags"));
        objects.calls().forEach(call -> call.done().complete(null));

        assertThat(multiMap.join().getServiceName()).isEqualTo(MULTI_MAPS);
        assertThat(multiMap.join().async().getName()).isEqualTo("tags");
        assertThat(replicatedMap.join().getServiceName()).isEqualTo(REPLICATED_MAPS);
    }

    @Test
    @DisplayName("listed multimaps and replicated maps are their typed proxies")
    void listedTyped() {
        CompletableFuture<List<DistributedObject>> listed = proxies.distributedObjects();
        context.invocations().single().response().complete(ResponseCodec.encodeDistributedObjects(
                context.allocator(), 0, List.of(new DistributedObjectInfo(MULTI_MAPS, "tags"),
                        new DistributedObjectInfo(REPLICATED_MAPS, "settings"))));
        objects.calls().forEach(call -> call.done().complete(null));

        assertThat(listed.join().get(0)).isInstanceOf(AlderMultiMap.class)
                .isSameAs(proxies.multiMap("tags").join());
        assertThat(listed.join().get(1)).isInstanceOf(AlderReplicatedMap.class)
                .isSameAs(proxies.replicatedMap("settings").join());
    }
}
