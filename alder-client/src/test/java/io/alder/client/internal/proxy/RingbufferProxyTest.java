package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.client.OverflowPolicy;
import io.alder.client.ReadResultSet;
import io.alder.client.internal.proxy.RecordingInvocations.Invocation;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.RingbufferCodec;
import io.alder.protocol.codec.RingbufferCodec.AddAllRequest;
import io.alder.protocol.codec.RingbufferCodec.AddRequest;
import io.alder.protocol.codec.RingbufferCodec.ReadManyRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The requests the ringbuffer proxy builds: routing, retry flags, waiting, argument checks, results. */
class RingbufferProxyTest {

    private static final String NAME = "log";

    private final TestContext context = new TestContext();
    private final RecordingInvocations sent = context.invocations();
    private final RingbufferProxy<String> ringbuffer = new RingbufferProxy<>(NAME, context, new RecordingObjects());

    @AfterEach
    void releaseRequests() {
        sent.close();
    }

    @Test
    @DisplayName("the five numbers are retryable requests of the name's partition that do not wait")
    void numbers() {
        ringbuffer.capacity();
        ringbuffer.size();
        ringbuffer.tailSequence();
        ringbuffer.headSequence();
        CompletableFuture<Long> remaining = ringbuffer.remainingCapacity();

        assertThat(sent.invocations()).extracting(invocation -> MessageType.of(invocation.request().type()))
                .containsExactly(RINGBUFFER_CAPACITY, RINGBUFFER_SIZE, RINGBUFFER_TAIL_SEQUENCE,
                        RINGBUFFER_HEAD_SEQUENCE, RINGBUFFER_REMAINING_CAPACITY);
        for (Invocation invocation : sent.invocations()) {
            assertThat(invocation.request().partitionId()).isEqualTo(context.partitionIdOfName(NAME));
            assertThat(invocation.idempotent()).isTrue();
            assertThat(invocation.waitTime()).isEqualTo(Duration.ZERO);
            assertThat(RingbufferCodec.REQUESTS.decodeAs(invocation.request(), NameRequest.class).name())
                    .isEqualTo(NAME);
        }
        sent.invocations().get(4).response().complete(ResponseCodec.encodeLong(context.allocator(), 1, 42L));
        assertThat(remaining).isCompletedWithValue(42L);
    }

    @Test
    @DisplayName("adds carry the overflow policy's id and are not retried")
    void adds() {
        ringbuffer.add("a", OverflowPolicy.FAIL);
        ringbuffer.addAll(List.of("b", "c"), OverflowPolicy.OVERWRITE);

        AddRequest add = RingbufferCodec.REQUESTS.decodeAs(sent.invocations().get(0).request(), AddRequest.class);
        assertThat(add.overflowPolicy()).isEqualTo(1);
        assertThat(context.<String>toObject(add.value())).isEqualTo("a");
        AddAllRequest addAll = RingbufferCodec.REQUESTS.decodeAs(sent.invocations().get(1).request(),
                AddAllRequest.class);
        assertThat(addAll.overflowPolicy()).isZero();
        assertThat(addAll.values()).extracting(context::toObject).containsExactly("b", "c");
        assertThat(sent.invocations()).noneMatch(Invocation::idempotent);
    }

    @Test
    @DisplayName("reads that wait for items have no deadline; a readMany without minimum does not wait")
    void waiting() {
        ringbuffer.readOne(3);
        ringbuffer.readMany(3, 1, 10);
        ringbuffer.readMany(3, 0, 10);

        assertThat(RingbufferCodec.REQUESTS.decodeAs(sent.invocations().get(0).request(), LongRequest.class))
                .isEqualTo(new LongRequest(NAME, 3));
        assertThat(sent.invocations().get(0).waitTime()).isNull();
        assertThat(RingbufferCodec.REQUESTS.decodeAs(sent.invocations().get(1).request(), ReadManyRequest.class))
                .isEqualTo(new ReadManyRequest(NAME, 3, 1, 10, null));
        assertThat(sent.invocations().get(1).waitTime()).isNull();
        assertThat(sent.invocations().get(2).waitTime()).isEqualTo(Duration.ZERO);
        assertThat(sent.invocations()).allMatch(Invocation::idempotent);
    }

    @Test
    @DisplayName("a read result deserializes its items and computes the next sequence from the read count")
    void readResult() {
        CompletableFuture<ReadResultSet<String>> read = ringbuffer.readMany(5, 1, 10);

        // 3.12.13 members send 0 for the next sequence.
        sent.single().response().complete(MapResponseCodec.encodeReadResultSet(context.allocator(), 1,
                new MapResponseCodec.ReadResultSet(2, List.of(context.toData("x"), context.toData("y")),
                        new long[] {5, 6}, 0)));

        ReadResultSet<String> result = read.join();
        assertThat(result.readCount()).isEqualTo(2);
        assertThat(result.size()).isEqualTo(2);
        assertThat(result.get(1)).isEqualTo("y");
        assertThat(result.getSequence(0)).isEqualTo(5);
        assertThat(result.getNextSequenceToReadFrom()).isEqualTo(7);
        List<String> items = new ArrayList<>();
        result.forEach(items::add);
        assertThat(items).containsExactly("x", "y");
    }

    @Test
    @DisplayName("arguments 3.12 clients refuse are refused before anything is sent")
    void argumentChecks() {
        assertThatThrownBy(() -> ringbuffer.readOne(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sequence can't be smaller than 0, but was: -1");
        assertThatThrownBy(() -> ringbuffer.readMany(0, -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ringbuffer.readMany(0, 6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ringbuffer.readMany(0, 1, 1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ringbuffer.addAll(List.of(), OverflowPolicy.FAIL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ringbuffer.addAll(Collections.nCopies(1001, "x"), OverflowPolicy.FAIL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ringbuffer.add(null, OverflowPolicy.FAIL)).isInstanceOf(NullPointerException.class);
        assertThat(sent.invocations()).isEmpty();
    }

    @Test
    @DisplayName("destroy destroys the ringbuffer")
    void destroy() {
        RecordingObjects objects = new RecordingObjects();
        new RingbufferProxy<String>(NAME, context, objects).destroy();

        assertThat(objects.calls()).extracting(RecordingObjects.Call::serviceName)
                .containsExactly("hz:impl:ringbufferService");
    }

}
