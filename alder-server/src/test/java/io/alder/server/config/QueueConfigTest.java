package io.alder.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.queue.QueueSettings;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code queue} section: each queue name or pattern with its {@code max-size}, as 3.12 configures queues. */
class QueueConfigTest {

    @Test
    void queuesAreUnboundedByDefault() throws IOException {
        ServerConfig config = ConfigLoader.apply(ServerConfig.builder(), "", "test.yaml").build();

        assertThat(config.queues()).isEqualTo(QueueSettings.DEFAULTS);
        assertThat(config.queues().capacityOf("any")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void readsMaxSizesByNameAndPattern() throws IOException {
        String yaml = """
                queue:
                  default:
                    max-size: 1000
                  jobs-*:
                    max-size: 10
                  "*-log":
                    max-size: 0
                  audit: {}
                """;

        ServerConfig config = ConfigLoader.apply(ServerConfig.builder(), yaml, "test.yaml").build();

        assertThat(config.queues().maxSizes()).isEqualTo(Map.of("default", 1000, "jobs-*", 10, "*-log", 0,
                "audit", 0));
        assertThat(config.queues().capacityOf("jobs-7")).isEqualTo(10);
        assertThat(config.queues().capacityOf("app-log")).isEqualTo(Integer.MAX_VALUE);
        assertThat(config.queues().capacityOf("audit")).as("an entry without max-size").isEqualTo(Integer.MAX_VALUE);
        assertThat(config.queues().capacityOf("other")).isEqualTo(1000);
        assertThat(config.toBuilder().build().queues()).isEqualTo(config.queues());
    }

    @Test
    void refusesUnknownKeysNegativeSizesAndAmbiguousPatterns() {
        assertThatThrownBy(() -> load("queue:\n  jobs:\n    max-items: 3\n"))
                .hasMessageContaining("unknown key 'queue.jobs.max-items'");
        assertThatThrownBy(() -> load("queue:\n  jobs:\n    max-size: many\n"))
                .hasMessageContaining("'queue.jobs.max-size' must be a whole number");
        assertThatThrownBy(() -> load("queue: 10\n")).hasMessageContaining("'queue' must be a mapping");
        assertThatThrownBy(() -> load("queue:\n  jobs:\n    max-size: -1\n"))
                .hasMessageContaining("max size of queue 'jobs': -1");
        assertThatThrownBy(() -> load("queue:\n  a-*:\n    max-size: 1\n  \"*-z\":\n    max-size: 2\n"))
                .hasMessageContaining("'*-z' and 'a-*' match some names equally well");
    }

    private static ServerConfig load(String yaml) throws IOException {
        return ConfigLoader.apply(ServerConfig.builder(), yaml, "test.yaml").build();
    }
}
