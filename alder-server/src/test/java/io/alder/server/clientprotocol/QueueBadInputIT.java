package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.QueueCodec;
import io.alder.protocol.codec.QueueCodec.OfferRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Strings;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Malformed Queue requests on a real socket: each gets an error response, and the same connection then
 * still offers to and reads the queue.
 */
class QueueBadInputIT extends MalformedRequestSuite {

    private static final String QUEUE = "jobs";
    private static final int PARTITION = 17;

    @Override
    void assertConnectionStillServed(RawClient connection) throws IOException {
        connection.write(QueueCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.QUEUE_OFFER, 100, PARTITION,
                new OfferRequest(QUEUE, Strings.toData("fine"), 0)));
        assertThat(ResponseCodec.decodeBoolean(connection.read())).isTrue();
        connection.write(QueueCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.QUEUE_POLL, 101, PARTITION,
                new QueueCodec.PollRequest(QUEUE, 0)));
        assertThat(ResponseCodec.decodeData(connection.read())).isEqualTo(Strings.toData("fine"));
    }

    @Test
    void offerWithoutItsTimeoutGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.QUEUE_OFFER, 7, PARTITION, 64)
                .writeString(QUEUE).writeData(Strings.toData("item")).build());

        assertError(client.read(), 7, ErrorCode.HAZELCAST, "truncated message");
    }

    @Test
    void addAllCountingMoreItemsThanItCarriesGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.QUEUE_ADD_ALL, 8, PARTITION, 16)
                .writeString(QUEUE).writeInt(1_000_000_000).build());

        assertError(client.read(), 8, ErrorCode.HAZELCAST, "length: 1000000000");
    }

    @Test
    void itemWithANegativeLengthGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.QUEUE_PUT, 9, PARTITION, 16)
                .writeString(QUEUE).writeInt(-5).build());

        assertThat(ErrorCodec.decode(client.read()).errorCode()).isEqualTo(ErrorCode.HAZELCAST.code());
    }

    @Test
    void requestWithoutThePartitionOfItsQueueGetsAnError() throws IOException {
        client.write(QueueCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.QUEUE_TAKE, 10, -1,
                new NameRequest(QUEUE)));

        assertError(client.read(), 10, ErrorCode.ILLEGAL_ARGUMENT, "partition id in the frame header");
    }
}
