package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.HeapData;
import com.hazelcast.topic.impl.reliable.ReliableTopicMessage;
import io.alder.client.internal.proxy.ReliableTopicMessages.Envelope;
import io.alder.client.internal.proxy.ReliableTopicMessages.PublisherAddress;
import io.alder.serialization.Data;
import io.alder.serialization.SerializationException;
import io.alder.serialization.Strings;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The reliable topic envelope, against the bytes 3.12 clients write. */
class ReliableTopicMessagesTest {

    /** The envelope the Node.js client 3.12.3 added to "_hz_rb_t" (h-nodejs-smart capture, frame #021). */
    private static final String NODE_ENVELOPE = "00000000fffffffe01ffffffee00000002000001a1ffa151defffffffe010000"
            + "00000000000100008b5e04000000093132372e302e302e310000001b00000000fffffff50000000f68656c6c6f206672"
            + "6f6d206e6f6465";

    private final ReliableTopicMessages envelopes = new ReliableTopicMessages(ByteOrder.BIG_ENDIAN);

    @Test
    void readsWhatTheNodeJsClientWrites() {
        Envelope envelope = envelopes.unwrap(Data.wrap(HexFormat.of().parseHex(NODE_ENVELOPE)));

        assertThat(envelope.publishTime()).isEqualTo(0x000001a1ffa151deL);
        assertThat(envelope.publisher()).isEqualTo(new PublisherAddress("127.0.0.1", 35678, 4));
        assertThat(envelope.payload()).isEqualTo(Strings.toData("hello from node"));
    }

    @Test
    void writesWhatThe312JavaClientWrites() {
        InternalSerializationService official = new DefaultSerializationServiceBuilder().build();
        Data payload = Strings.toData("hello from java");
        ReliableTopicMessage message = new ReliableTopicMessage(new HeapData(payload.bytes()), null);
        byte[] expected = official.toData(message).toByteArray();

        Data written = envelopes.wrap(payload, message.getPublishTime());

        assertThat(HexFormat.of().formatHex(written.bytes())).isEqualTo(HexFormat.of().formatHex(expected));
        Envelope read = envelopes.unwrap(written);
        assertThat(read.publisher()).isNull();
        assertThat(read.payload()).isEqualTo(payload);
    }

    @Test
    void somethingElseIsNoEnvelope() {
        assertThatThrownBy(() -> envelopes.unwrap(Strings.toData("not an envelope")))
                .isInstanceOf(SerializationException.class);
    }
}
