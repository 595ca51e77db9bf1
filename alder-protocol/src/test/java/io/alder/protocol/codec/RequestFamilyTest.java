package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.QUEUE_CLEAR;
import static io.alder.protocol.MessageType.QUEUE_CONTAINS;
import static io.alder.protocol.MessageType.QUEUE_SIZE;
import static io.alder.protocol.codec.Frames.bytes;
import static io.alder.protocol.codec.Frames.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.protocol.MalformedMessageException;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

/** The type-to-shape table of every family codec, filled here as a new family fills it with shared shapes. */
class RequestFamilyTest {

    private static final Data V = Strings.toData("v");

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;
    private final RequestFamily queue = new RequestFamily("Queue");

    RequestFamilyTest() {
        queue.register(NameRequest.class, NameRequest::read, QUEUE_SIZE, QUEUE_CLEAR);
        queue.register(ValueRequest.class, ValueRequest::read, QUEUE_CONTAINS);
    }

    @Test
    void encodesAndDecodesEveryRegisteredType() {
        byte[] size = Wire.frame(QUEUE_SIZE.id(), 0xc0, 5, 9, "q");
        byte[] contains = Wire.frame(QUEUE_CONTAINS.id(), 0xc0, 6, 9, "q", V);

        assertThat(bytes(queue.encode(allocator, QUEUE_SIZE, 5, 9, new NameRequest("q")))).isEqualTo(size);
        assertThat(bytes(queue.encode(allocator, QUEUE_CONTAINS, 6, 9, new ValueRequest("q", V)))).isEqualTo(contains);
        assertThat(decode(size, queue::decode)).isEqualTo(new NameRequest("q"));
        ValueRequest decoded = decode(contains, message -> queue.decodeAs(message, ValueRequest.class));
        assertThat(decoded).isEqualTo(new ValueRequest("q", V));
        assertThat(queue.types()).containsExactlyInAnyOrder(QUEUE_SIZE, QUEUE_CLEAR, QUEUE_CONTAINS);
    }

    @Test
    void refusesTypesRecordsAndShapesOutsideTheTable() {
        assertThatThrownBy(() -> decode(Wire.frame(QUEUE_CONTAINS.id() + 1, 0xc0, 1, 2, "q"), queue::decode))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("not a Queue request: QueueContainsAll(0x030c)");
        assertThatThrownBy(() -> decode(Wire.frame(QUEUE_SIZE.id(), 0xc0, 1, 2, "q"),
                message -> queue.decodeAs(message, ValueRequest.class)))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("expected ValueRequest but QueueSize(0x0303) is a NameRequest");
        assertThatThrownBy(() -> queue.encode(allocator, QUEUE_SIZE, 1, 2, new ValueRequest("q", V)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ValueRequest cannot be sent as QUEUE_SIZE");
    }

    @Test
    void aTypeHasOneShape() {
        assertThatThrownBy(() -> queue.register(ValueRequest.class, ValueRequest::read, QUEUE_SIZE))
                .isInstanceOf(IllegalStateException.class).hasMessage("QUEUE_SIZE registered twice");
    }
}
