package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.SerializationConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

    @Test
    @DisplayName("every setting has its documented default")
    void defaults() {
        ClientConfig config = ClientConfig.defaults();

        assertThat(config.addresses()).extracting(InetSocketAddress::getPort).containsExactly(5701, 5702, 5703);
        assertThat(config.groupName()).isEqualTo("dev");
        assertThat(config.groupPassword()).isEqualTo("dev-pass");
        assertThat(config.credentials()).isNull();
        assertThat(config.smartRouting()).isTrue();
        assertThat(config.connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.clusterConnectTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.reconnectBackoff()).isEqualTo(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 2, 0.2));
        assertThat(config.reconnect()).isTrue();
        assertThat(config.whenDisconnected()).isEqualTo(WhenDisconnected.WAIT);
        assertThat(config.invocationTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.invocationRetryPause()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.redoOperation()).isFalse();
        assertThat(config.heartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.eventThreadCount()).isEqualTo(5);
        assertThat(config.maxFrameSize()).isEqualTo(ClientConfig.UNLIMITED_FRAME_SIZE);
        assertThat(config.clientName()).isEqualTo("alder.client");
        assertThat(config.labels()).isEmpty();
        assertThat(config.serialization()).isSameAs(SerializationConfig.defaults());
    }

    @Test
    @DisplayName("toBuilder carries every setting over")
    void toBuilder() {
        Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofSeconds(1), 3, 0);
        SerializationConfig serialization = SerializationConfig.builder().build();
        ClientConfig config = ClientConfig.builder().address("10.0.0.1:6000").groupName("g").groupPassword("p")
                .credentials("token").smartRouting(false).connectionTimeout(Duration.ofSeconds(1))
                .clusterConnectTimeout(Duration.ofSeconds(2)).reconnectBackoff(backoff).reconnect(false)
                .whenDisconnected(WhenDisconnected.FAIL).invocationTimeout(Duration.ofSeconds(3))
                .invocationRetryPause(Duration.ofMillis(4)).redoOperation(true).heartbeatInterval(Duration.ofSeconds(6))
                .heartbeatTimeout(Duration.ofSeconds(7)).eventThreadCount(8).maxFrameSize(1024).clientName("c")
                .labels(List.of("l")).serialization(serialization).build();

        ClientConfig copy = config.toBuilder().build();

        assertThat(copy.addresses()).containsExactly(InetSocketAddress.createUnresolved("10.0.0.1", 6000));
        assertThat(copy).usingRecursiveComparison().isEqualTo(config);
    }

    @Test
    @DisplayName("invalid settings are refused when they are set or built")
    void validation() {
        ClientConfig.Builder builder = ClientConfig.builder();

        assertThatThrownBy(() -> builder.maxFrameSize(ClientConfig.MIN_FRAME_SIZE - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFrameSize");
        assertThatThrownBy(() -> builder.clusterConnectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clusterConnectTimeout");
        assertThatThrownBy(() -> builder.address("host:99999")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.credentials(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.heartbeatInterval(Duration.ofSeconds(10)).heartbeatTimeout(Duration.ofSeconds(10))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heartbeatTimeout");
    }

    @Test
    @DisplayName("toString shows no secret")
    void noSecrets() {
        String shown = ClientConfig.builder().groupPassword("pass-123").credentials("token-456").build().toString();

        assertThat(shown).doesNotContain("pass-123").doesNotContain("token-456").contains("java.lang.String");
    }
}
