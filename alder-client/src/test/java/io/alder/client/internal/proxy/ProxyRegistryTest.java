package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.client.ClusterUnavailableException;
import io.alder.client.DistributedObject;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ClientCodec.CreateProxyRequest;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.protocol.codec.ResponseCodec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Objects are announced once, and forgotten when the announcement fails or the object is destroyed. */
class ProxyRegistryTest {

    private static final Address MEMBER = new Address("127.0.0.1", 5701);
    private static final String MAPS = DistributedObject.MAP_SERVICE;

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final AtomicReference<Address> member = new AtomicReference<>(MEMBER);
    private final ProxyRegistry registry = new ProxyRegistry(sent, context.allocator(), member::get);

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("the first use of an object sends createProxy naming a member; later uses share the outcome")
    void announcedOnce() {
        CompletableFuture<Void> first = registry.create(MAPS, "orders");
        CompletableFuture<Void> second = registry.create(MAPS, "orders");

        Invocation createProxy = sent.single();
        assertThat(createProxy.request().type()).isEqualTo(MessageType.CLIENT_CREATE_PROXY.id());
        assertThat(createProxy.request().partitionId()).isEqualTo(-1);
        assertThat(ClientCodec.decodeCreateProxy(createProxy.request()))
                .isEqualTo(new CreateProxyRequest("orders", MAPS, MEMBER));
        assertThat(first).isSameAs(second).isNotDone();
        assertThat(registry.announced()).isEmpty();

        createProxy.response().complete(ResponseCodec.encodeVoid(context.allocator(), 0, null));

        assertThat(first).isCompleted();
        assertThat(registry.announced()).containsExactly(new DistributedObjectInfo(MAPS, "orders"));
    }

    @Test
    @DisplayName("a failed announcement is forgotten, so the next use tries again")
    void failedAnnouncementRetried() {
        CompletableFuture<Void> failed = registry.create(MAPS, "orders");
        sent.single().response().completeExceptionally(new IllegalStateException("no member"));

        CompletableFuture<Void> retried = registry.create(MAPS, "orders");

        assertThat(failed).isCompletedExceptionally();
        assertThat(retried).isNotSameAs(failed);
        assertThat(sent.invocations()).hasSize(2);
        assertThat(registry.announced()).isEmpty();
    }

    @Test
    @DisplayName("without a connection there is no member to name: the announcement fails and is forgotten")
    void noMember() {
        member.set(null);

        CompletableFuture<Void> failed = registry.create(MAPS, "orders");

        assertThatThrownBy(failed::join).hasCauseInstanceOf(ClusterUnavailableException.class);
        assertThat(sent.invocations()).isEmpty();
        member.set(MEMBER);
        registry.create(MAPS, "orders");
        assertThat(sent.invocations()).hasSize(1);
    }

    @Test
    @DisplayName("destroy sends destroyProxy and forgets the object")
    void destroy() {
        registry.create(MAPS, "orders");
        sent.single().response().complete(ResponseCodec.encodeVoid(context.allocator(), 0, null));

        CompletableFuture<Void> destroyed = registry.destroy(MAPS, "orders");

        Invocation destroyProxy = sent.invocations().get(1);
        assertThat(ClientCodec.decodeDestroyProxy(destroyProxy.request()))
                .isEqualTo(new ClientCodec.DestroyProxyRequest("orders", MAPS));
        assertThat(registry.announced()).isEmpty();
        destroyProxy.response().complete(ResponseCodec.encodeVoid(context.allocator(), 0, null));
        assertThat(destroyed).isCompleted();
    }
}
