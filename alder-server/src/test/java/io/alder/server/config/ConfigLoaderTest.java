package io.alder.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    @Test
    void emptyFileKeepsEveryDefault() throws IOException {
        ServerConfig config = ConfigLoader.apply(ServerConfig.builder(), "", "test.yaml").build();

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(5701);
        assertThat(config.groupName()).isEqualTo("dev");
        assertThat(config.groupPassword()).isEqualTo("dev-pass");
        assertThat(config.partitionCount()).isEqualTo(271);
        assertThat(config.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(config.clientCleanupDelay()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.maxUnauthenticatedFrameBytes()).isEqualTo(65_536);
        assertThat(config.maxFrameBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(config.logLevel()).isEqualTo("INFO");
    }

    @Test
    void readsEveryKey() throws IOException {
        String yaml = """
                host: 0.0.0.0
                port: 5801
                group:
                  name: prod
                  password: s3cret
                partition-count: 1009
                heartbeat-timeout-seconds: 30
                client-cleanup-delay-seconds: 5
                max-frame-bytes:
                  unauthenticated: 4096
                  authenticated: 1048576
                log-level: DEBUG
                member-attributes:
                  zone: eu-1
                  rack: 7
                """;

        ServerConfig config = ConfigLoader.apply(ServerConfig.builder(), yaml, "test.yaml").build();

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(5801);
        assertThat(config.groupName()).isEqualTo("prod");
        assertThat(config.groupPassword()).isEqualTo("s3cret");
        assertThat(config.partitionCount()).isEqualTo(1009);
        assertThat(config.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.clientCleanupDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.maxUnauthenticatedFrameBytes()).isEqualTo(4096);
        assertThat(config.maxFrameBytes()).isEqualTo(1_048_576);
        assertThat(config.logLevel()).isEqualTo("DEBUG");
        assertThat(config.memberAttributes()).containsExactlyInAnyOrderEntriesOf(Map.of("zone", "eu-1", "rack", "7"));
    }

    @Test
    void unknownKeysAreErrorsThatNameThem() {
        assertThatThrownBy(() -> ConfigLoader.apply(ServerConfig.builder(), "group:\n  nmae: x\n", "my.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my.yaml: unknown key 'group.nmae'");
    }

    @Test
    void wrongTypesAndRangesAreErrors() {
        assertThatThrownBy(() -> ConfigLoader.apply(ServerConfig.builder(), "port: high\n", "my.yaml"))
                .hasMessageContaining("'port' must be a whole number");
        assertThatThrownBy(() -> ConfigLoader.apply(ServerConfig.builder(), "port: 70000\n", "my.yaml").build())
                .hasMessageContaining("port: 70000");
    }
}
