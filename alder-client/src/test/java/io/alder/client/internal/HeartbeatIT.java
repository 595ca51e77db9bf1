package io.alder.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.alder.client.ClientConfig;
import io.alder.client.ClusterUnavailableException;
import io.alder.client.OperationTimeoutException;
import io.alder.client.internal.connection.Connection;
import io.alder.server.AlderServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Heartbeats: pings keep idle connections alive, silent connections are closed and their calls fail over. */
class HeartbeatIT {

    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private AlderServer member;

    @BeforeEach
    void startMember() {
        member = Members.alder(0);
    }

    @AfterEach
    void stopMember() {
        member.close();
    }

    private static ClientConfig.Builder config(int port) {
        return ClientConfig.builder()
                .address(Members.LOOPBACK, port)
                .heartbeatInterval(INTERVAL)
                .heartbeatTimeout(TIMEOUT)
                .invocationTimeout(Duration.ofSeconds(20));
    }

    @Test
    void aMemberThatNeverAnswersAuthenticationIsGivenUpWithinTheClusterConnectTimeout() throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            long start = System.nanoTime();

            // An authentication attempt alone may wait for the heartbeat timeout: a minute here. The attempt is
            // cut short by the cluster connect timeout, which it used up, so no other attempt follows.
            ClientConfig config = config(silent.port()).heartbeatTimeout(Duration.ofSeconds(60))
                    .clusterConnectTimeout(TIMEOUT).build();

            assertThatThrownBy(() -> ClientRuntime.start(config))
                    .isInstanceOf(ClusterUnavailableException.class)
                    .hasCauseInstanceOf(OperationTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            assertThat(silent.accepted()).isEqualTo(1);
        }
    }

    @Test
    void pingsKeepAnIdleConnectionAlive() {
        try (ClientRuntime client = ClientRuntime.start(config(member.address().getPort()).build())) {
            Connection owner = client.ownerConnection();
            long sent = owner.sentRequests();

            // Long enough for several heartbeat timeouts to pass, had the member's answers not counted.
            await().atMost(10, TimeUnit.SECONDS)
                    .until(() -> owner.sentRequests() >= sent + 3 * TIMEOUT.toMillis() / INTERVAL.toMillis());

            assertThat(owner.isActive()).isTrue();
            assertThat(client.ownerConnection()).isSameAs(owner);
        }
    }

    @Test
    void aSilentConnectionIsClosedAndItsCallsFailOver() {
        try (RecordingProxy proxy = RecordingProxy.start(member.address());
                ClientRuntime client = ClientRuntime.start(config(proxy.port()).build())) {
            MapCalls map = new MapCalls(client, "heartbeat");
            map.put("key", "value").join();
            Connection throughProxy = client.ownerConnection();
            assertThat(((InetSocketAddress) throughProxy.remoteAddress()).getPort()).isEqualTo(proxy.port());

            proxy.freeze();
            CompletableFuture<String> get = map.get("key");

            assertThat(get).succeedsWithin(Duration.ofSeconds(15)).isEqualTo("value");
            assertThat(throughProxy.isActive()).isFalse();
            assertThat(throughProxy.closeReason()).startsWith("heartbeat timed out");
            // The member list names the member's own address, which the client dials directly now.
            assertThat(((InetSocketAddress) client.ownerConnection().remoteAddress()).getPort())
                    .isEqualTo(member.address().getPort());
        }
    }
}
