package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ResponseCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The blocking view waits for the asynchronous proxy and surfaces its results and failures as they are. */
class BlockingMapTest {

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RecordingObjects objects = new RecordingObjects();
    private final BlockingMap<String, String> map = new BlockingMap<>(
            new MapProxy<>("orders", context, new LockReferenceIds(), objects), new Blocking(Duration.ofSeconds(30)));

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("a blocking call returns the decoded answer")
    void answer() throws Exception {
        CompletableFuture<String> value = CompletableFuture.supplyAsync(() -> map.get("k"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.invocations().size() == 1);

        sent.single().response().complete(ResponseCodec.encodeData(context.allocator(), 0, context.toData("v")));

        assertThat(value.get(10, TimeUnit.SECONDS)).isEqualTo("v");
        assertThat(sent.single().request().type()).isEqualTo(MessageType.MAP_GET.id());
    }

    @Test
    @DisplayName("a blocking call throws the failure the cluster reported, unwrapped")
    void failure() {
        CompletableFuture<Void> unlock = CompletableFuture.runAsync(() -> map.unlock("k"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.invocations().size() == 1);

        sent.single().response().completeExceptionally(new IllegalMonitorStateException("not the owner"));

        assertThatThrownBy(() -> unlock.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isExactlyInstanceOf(IllegalMonitorStateException.class).hasMessage("not the owner");
    }
}
