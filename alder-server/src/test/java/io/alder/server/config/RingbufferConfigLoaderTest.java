package io.alder.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.ringbuffer.InMemoryFormat;
import io.alder.member.ringbuffer.RingbufferConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code ringbuffer} section of a member's YAML file, and its documentation. */
class RingbufferConfigLoaderTest {

    @Test
    void readsSettingsByNameAndPatternStartingFrom312Defaults() throws IOException {
        String yaml = """
                ringbuffer:
                  default:
                    capacity: 2000
                  events-*:
                    capacity: 500
                    time-to-live-seconds: 60
                    in-memory-format: object
                """;

        ServerConfig config = ConfigLoader.apply(ServerConfig.builder(), yaml, "test.yaml").build();

        assertThat(config.ringbuffers().asMap()).isEqualTo(Map.of(
                "default", new RingbufferConfig(2000, 0, InMemoryFormat.BINARY),
                "events-*", new RingbufferConfig(500, 60, InMemoryFormat.OBJECT)));
        assertThat(config.ringbuffers().forRingbuffer("_hz_rb_events-eu").capacity()).isEqualTo(500);
        assertThat(config.ringbuffers().forRingbuffer("orders").capacity()).isEqualTo(2000);
        assertThat(ConfigLoader.apply(ServerConfig.builder(), "", "test.yaml").build().ringbuffers().asMap())
                .isEmpty();
    }

    @Test
    void badSettingsNameTheirKey() {
        assertThatThrownBy(() -> load("ringbuffer:\n  log:\n    capacity: 0\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ringbuffer.log.capacity'").hasMessageContaining(">= 1");
        assertThatThrownBy(() -> load("ringbuffer:\n  log:\n    time-to-live-seconds: -5\n"))
                .hasMessageContaining("'ringbuffer.log.time-to-live-seconds'");
        assertThatThrownBy(() -> load("ringbuffer:\n  log:\n    in-memory-format: NATIVE\n"))
                .hasMessageContaining("'ringbuffer.log.in-memory-format' must be one of [BINARY, OBJECT]");
        assertThatThrownBy(() -> load("ringbuffer:\n  log:\n    capacty: 5\n"))
                .hasMessageContaining("unknown key 'ringbuffer.log.capacty'");
        assertThatThrownBy(() -> load("ringbuffer: 5\n")).hasMessageContaining("'ringbuffer' must be a mapping");
        assertThatThrownBy(() -> load("ringbuffer:\n  a-*:\n    capacity: 5\n  \"*-z\":\n    capacity: 6\n"))
                .hasMessageContaining("'*-z' and 'a-*' match some names equally well");
    }

    @Test
    void theReadmeDocumentsTheDefaults() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(readme)
                .contains("| `ringbuffer.<name>.capacity` | `" + RingbufferConfig.DEFAULT.capacity() + "` |")
                .contains("| `ringbuffer.<name>.time-to-live-seconds` | `"
                        + RingbufferConfig.DEFAULT.timeToLiveSeconds() + "` |")
                .contains("| `ringbuffer.<name>.in-memory-format` | `" + RingbufferConfig.DEFAULT.inMemoryFormat()
                        + "` |");
    }

    private static ServerConfig load(String yaml) throws IOException {
        return ConfigLoader.apply(ServerConfig.builder(), yaml, "test.yaml").build();
    }
}
