package io.alder.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ErrorCode;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.MapCodec;
import io.alder.serialization.Partitions;
import io.alder.serialization.Strings;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.wire.RawClient;
import io.alder.serialization.Data;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A stopping member answers what waits, closes its connections and accepts no more. */
class ShutdownIT {

    private static final Data KEY = Strings.toData("contended");

    @Test
    void parkedCallsAreAnsweredNotActiveAndConnectionsClose() throws IOException {
        AlderServer server = AlderServer.start(ServerConfig.builder().port(0).build());
        InetSocketAddress address = server.address();
        try (RawClient owner = RawClient.authenticated(address, "dev", "dev-pass");
                RawClient waiter = RawClient.authenticated(address, "dev", "dev-pass")) {
            owner.write(lock(1));
            assertThat(owner.read().type()).isEqualTo(MessageType.VOID.id());
            waiter.write(lock(2));

            server.close();

            ErrorCodec.Error error = ErrorCodec.decode(waiter.read());
            assertThat(error.errorCode()).isEqualTo(ErrorCode.HAZELCAST_INSTANCE_NOT_ACTIVE.code());
            Assertions.assertThatThrownBy(waiter::read).isInstanceOf(EOFException.class);
            Assertions.assertThatThrownBy(owner::read).isInstanceOf(EOFException.class);
        }
        Assertions.assertThatThrownBy(() -> RawClient.connect(address, 1_000)).isInstanceOf(ConnectException.class);
    }

    private static ClientMessage lock(long correlationId) {
        return MapCodec.REQUESTS.encode(RawClient.ALLOCATOR, MessageType.MAP_LOCK, correlationId,
                Partitions.partitionId(KEY, 271), new MapCodec.LockRequest("m", KEY, 1, -1, correlationId));
    }
}
