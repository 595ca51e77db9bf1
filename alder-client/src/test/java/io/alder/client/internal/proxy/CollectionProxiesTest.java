package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.client.AlderList;
import io.alder.client.AlderSet;
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

/** Set and list proxies: one per name, announced once under their service, typed when listed, forgotten when destroyed. */
class CollectionProxiesTest {

    private static final String SETS = "hz:impl:setService";
    private static final String LISTS = "hz:impl:listService";

    private final TestContext context = new TestContext();
    private final RecordingObjects objects = new RecordingObjects();
    private final ClientProxies proxies = new ClientProxies(context, objects, new Blocking(Duration.ofSeconds(30)),
            context.messaging());

    @AfterEach
    void releaseRequests() {
        context.invocations().close();
    }

    @Test
    @DisplayName("the first use of a set or list name announces it under 3.12's service name; every use shares it")
    void announcedOnce() {
        CompletableFuture<AlderSet<String>> set = proxies.set("things");
        CompletableFuture<AlderList<String>> list = proxies.list("things");

        assertThat(proxies.<String>set("things")).isSameAs(set);
        assertThat(proxies.<String>list("things")).isSameAs(list);
        assertThat(objects.calls()).extracting(Call::operation, Call::serviceName, Call::name)
                .containsExactly(tuple("create", SETS, "things"), tuple("create", LISTS, "things"));
        assertThat(DistributedObject.SET_SERVICE).isEqualTo(SETS);
        assertThat(DistributedObject.LIST_SERVICE).isEqualTo(LISTS);
        objects.calls().forEach(call -> call.done().complete(null));
        assertThat(set.join().getServiceName()).isEqualTo(SETS);
        assertThat(list.join().getServiceName()).isEqualTo(LISTS);
        assertThat(list.join().async().getName()).isEqualTo("things");
    }

    @Test
    @DisplayName("sets and lists another client created are listed as AlderSets and AlderLists")
    void listedTyped() {
        CompletableFuture<List<DistributedObject>> listed = proxies.distributedObjects();

        context.invocations().single().response().complete(ResponseCodec.encodeDistributedObjects(context.allocator(),
                0, List.of(new DistributedObjectInfo(SETS, "tags"), new DistributedObjectInfo(LISTS, "todo"))));
        objects.calls().forEach(call -> call.done().complete(null));

        assertThat(listed.join().get(0)).isInstanceOf(AlderSet.class).isSameAs(proxies.set("tags").join());
        assertThat(listed.join().get(1)).isInstanceOf(AlderList.class).isSameAs(proxies.list("todo").join());
    }

    @Test
    @DisplayName("destroying a list forgets its proxy, so the next use announces the name anew")
    void destroyedListForgotten() {
        CompletableFuture<AlderList<String>> list = proxies.list("todo");
        objects.calls().get(0).done().complete(null);

        list.join().async().destroy();
        objects.calls().get(1).done().complete(null);

        assertThat(proxies.<String>list("todo")).isNotSameAs(list);
        assertThat(objects.calls()).extracting(Call::operation, Call::serviceName)
                .containsExactly(tuple("create", LISTS), tuple("destroy", LISTS), tuple("create", LISTS));
    }
}
