package io.alder.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertThat(config.securityEnabled()).isTrue();
        assertThat(config.memberName()).isNull();
        assertThat(config.geode()).isEqualTo(GeodeConfig.DEFAULTS);
    }

    @Test
    void readsTheSecurityMemberNameAndGeodeKeys() throws IOException {
        String yaml = """
                security:
                  enabled: false
                member-name: alder-1
                geode:
                  enabled: false
                  port: 40404
                  idle-timeout-seconds: 90
                  create-regions-on-write: false
                  regions: [orders, customers]
                  groups: [eu, primary]
                """;

        ServerConfig config = ConfigLoader.apply(ServerConfig.builder(), yaml, "test.yaml").build();

        assertThat(config.securityEnabled()).isFalse();
        assertThat(config.memberName()).isEqualTo("alder-1");
        assertThat(config.geode()).isEqualTo(new GeodeConfig(false, 40404, Duration.ofSeconds(90), false,
                List.of("orders", "customers"), Set.of("eu", "primary")));
    }

    @Test
    void geodeKeysLeftOutKeepTheirDefaults() throws IOException {
        ServerConfig config = ConfigLoader.apply(ServerConfig.builder(), "geode:\n  port: 0\n", "test.yaml").build();

        assertThat(config.geode()).isEqualTo(GeodeConfig.DEFAULTS.withPort(0));
    }

    static Stream<Arguments> wrongGeodeSecurityAndMemberNameValues() {
        return Stream.of(
                arguments("geode: {prot: 40404}",
                        "my.yaml: unknown key 'geode.prot'"),
                arguments("security: {enabled: true, mode: x}",
                        "my.yaml: unknown key 'security.mode'"),
                arguments("geode: on",
                        "my.yaml: geode must be a mapping"),
                arguments("security: {enabled: 'yes'}",
                        "my.yaml: 'security.enabled' must be true or false, got \"yes\""),
                arguments("geode: {enabled: 1}",
                        "my.yaml: 'geode.enabled' must be true or false, got 1"),
                arguments("geode: {create-regions-on-write: null}",
                        "my.yaml: 'geode.create-regions-on-write' must be true or false"),
                arguments("geode: {port: '40404'}",
                        "my.yaml: 'geode.port' must be a whole number"),
                arguments("geode: {port: -1}",
                        "my.yaml: 'geode.port' must not be negative, got -1"),
                arguments("geode: {port: 70000}",
                        "my.yaml: 'geode.port': geode port: 70000 (expected: 0..65535"),
                arguments("geode: {idle-timeout-seconds: 0}",
                        "my.yaml: 'geode.idle-timeout-seconds' must be positive, got 0"),
                arguments("geode: {idle-timeout-seconds: 1.5}",
                        "my.yaml: 'geode.idle-timeout-seconds' must be a whole number"),
                arguments("geode: {regions: orders}",
                        "my.yaml: 'geode.regions' must be a list"),
                arguments("geode: {regions: [orders, /customers]}",
                        "my.yaml: 'geode.regions[1]' must be a name without '/', got '/customers'"),
                arguments("geode: {groups: [eu, '']}",
                        "my.yaml: 'geode.groups[1]' must be a name without '/', got ''"),
                arguments("geode: {groups: [[eu]]}",
                        "my.yaml: 'geode.groups[0]' must be text"),
                arguments("member-name: [a, b]",
                        "my.yaml: 'member-name' must be text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongGeodeSecurityAndMemberNameValues")
    void wrongGeodeSecurityAndMemberNameValuesAreErrorsThatNameTheKey(String yaml, String error) {
        assertThatThrownBy(() -> ConfigLoader.apply(ServerConfig.builder(), yaml, "my.yaml").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(error);
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
