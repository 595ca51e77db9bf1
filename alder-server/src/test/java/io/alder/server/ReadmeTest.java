package io.alder.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.member.Clock;
import io.alder.member.Engine;
import io.alder.member.EngineSettings;
import io.alder.protocol.codec.Address;
import io.alder.server.clientprotocol.ClientEndpoint;
import io.alder.server.clientprotocol.CompatibilityTable;
import io.alder.server.clientprotocol.EndpointSettings;
import io.alder.server.clientprotocol.LocalMember;
import io.alder.server.config.GeodeConfig;
import io.alder.server.config.ServerConfig;
import io.alder.server.security.GroupAuthenticator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** The README states what the member really does: its compatibility table and configuration keys. */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void compatibilityTableMatchesTheDispatchTable() throws IOException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            Engine engine = new Engine(EngineSettings.DEFAULTS, Clock.SYSTEM, scheduler);
            ClientEndpoint endpoint = new ClientEndpoint(engine, new LocalMember(new Address("127.0.0.1", 5701),
                    engine.memberUuid(), 271, engine.memberAttributes()), new GroupAuthenticator("dev", "dev-pass"),
                    new EndpointSettings(65_536, 1 << 20, 1 << 26, Duration.ofSeconds(60)), () -> true);

            String table = CompatibilityTable.markdown(endpoint.dispatcher());

            assertThat(Files.readString(README))
                    .as("README's compatibility table; regenerate it with CompatibilityTable.markdown")
                    .contains(table);
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void everyConfigurationDefaultIsDocumented() throws IOException {
        ServerConfig defaults = ServerConfig.builder().build();
        String readme = Files.readString(README);

        assertThat(readme)
                .contains("| `host` | `" + defaults.host() + "` |")
                .contains("| `port` | `" + defaults.port() + "` |")
                .contains("| `group.name` | `" + defaults.groupName() + "` |")
                .contains("| `group.password` | `" + defaults.groupPassword() + "` |")
                .contains("| `partition-count` | `" + defaults.partitionCount() + "` |")
                .contains("| `heartbeat-timeout-seconds` | `" + defaults.heartbeatTimeout().toSeconds() + "` |")
                .contains("| `client-cleanup-delay-seconds` | `" + defaults.clientCleanupDelay().toSeconds() + "` |")
                .contains("| `max-frame-bytes.unauthenticated` | `" + defaults.maxUnauthenticatedFrameBytes() + "` |")
                .contains("| `max-frame-bytes.authenticated` | `" + defaults.maxFrameBytes() + "` |")
                .contains("| `log-level` | `" + defaults.logLevel() + "` |")
                .contains("| `member-attributes` | none |")
                .contains("| `security.enabled` | `" + defaults.securityEnabled() + "` |")
                .contains("| `geode.enabled` | `" + defaults.geode().enabled() + "` |")
                .contains("| `geode.port` | none |")
                .contains("| `geode.idle-timeout-seconds` | `" + defaults.geode().idleTimeout().toSeconds() + "` |")
                .contains("| `geode.create-regions-on-write` | `" + defaults.geode().createRegionsOnWrite() + "` |")
                .contains("| `geode.regions` | none |")
                .contains("| `geode.groups` | none |");
        assertThat(defaults.geode().port()).isEqualTo(GeodeConfig.NO_PORT);
        assertThat(defaults.geode().regions()).isEmpty();
        assertThat(defaults.geode().groups()).isEmpty();
    }
}
