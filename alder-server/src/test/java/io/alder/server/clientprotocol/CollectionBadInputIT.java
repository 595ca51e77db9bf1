package io.alder.server.clientprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.ListCodec;
import io.alder.protocol.codec.ListCodec.IndexRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.SetCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Strings;
import io.alder.testsupport.wire.RawClient;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Malformed Set and List requests on a real socket: each gets an error response, and the same connection
 * then still adds to and removes from the set, and reads the list.
 */
class CollectionBadInputIT extends MalformedRequestSuite {

    private static final String NAME = "things";
    private static final int PARTITION = 17;

    @Override
    void assertConnectionStillServed(RawClient connection) throws IOException {
        for (MessageType addThenRemove : new MessageType[] {MessageType.SET_ADD, MessageType.SET_REMOVE}) {
            connection.write(SetCodec.REQUESTS.encode(RawClient.ALLOCATOR, addThenRemove, 100, PARTITION,
                    new ValueRequest(NAME, Strings.toData("fine"))));
            assertThat(ResponseCodec.decodeBoolean(connection.read())).as(addThenRemove.name()).isTrue();
        }
        connection.write(ListCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.LIST_GET, 101, PARTITION,
                new IndexRequest(NAME, 0)));
        assertThat(ErrorCodec.decode(connection.read()).errorCode())
                .isEqualTo(ErrorCode.INDEX_OUT_OF_BOUNDS.code());
    }

    @Test
    void setWithoutItsValueGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.LIST_SET, 7, PARTITION, 64)
                .writeString(NAME).writeInt(0).build());

        assertError(client.read(), 7, ErrorCode.HAZELCAST, "truncated message");
    }

    @Test
    void addAllCountingMoreItemsThanItCarriesGetsAnError() throws IOException {
        client.write(MessageWriter.start(RawClient.ALLOCATOR, MessageType.SET_ADD_ALL, 8, PARTITION, 16)
                .writeString(NAME).writeInt(1_000_000_000).build());

        assertError(client.read(), 8, ErrorCode.HAZELCAST, "length: 1000000000");
    }

    @Test
    void requestWithoutThePartitionOfItsListGetsAnError() throws IOException {
        client.write(ListCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.LIST_GET, 10, -1,
                new IndexRequest(NAME, 0)));

        assertError(client.read(), 10, ErrorCode.ILLEGAL_ARGUMENT, "partition id in the frame header");
    }
}
