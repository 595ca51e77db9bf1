package io.alder.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.member.semaphore.SemaphoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code semaphore} section of a member's YAML file: initial permits by name and name pattern. */
class SemaphoreConfigTest {

    @Test
    void withoutConfigurationEverySemaphoreStartsWithoutPermits() throws IOException {
        ServerConfig config = load("");

        assertThat(config.semaphores().entries()).isEmpty();
        assertThat(config.semaphores().lookup("any")).isEqualTo(SemaphoreSettings.DEFAULTS);
        assertThat(SemaphoreSettings.DEFAULTS.initialPermits()).isZero();
    }

    @Test
    void readsInitialPermitsByNamePatternAndDefault() throws IOException {
        ServerConfig config = load("""
                semaphore:
                  default:
                    initial-permits: 1
                  "pool-*":
                    initial-permits: 3
                  pool-db:
                    initial-permits: 10
                  unset: {}
                """);

        assertThat(config.semaphores().entries()).containsOnlyKeys("default", "pool-*", "pool-db", "unset");
        assertThat(config.semaphores().lookup("pool-db").initialPermits()).isEqualTo(10);
        assertThat(config.semaphores().lookup("pool-web").initialPermits()).isEqualTo(3);
        assertThat(config.semaphores().lookup("other").initialPermits()).isEqualTo(1);
        assertThat(config.semaphores().lookup("unset").initialPermits()).isZero();
        assertThat(config.toBuilder().build().semaphores().entries()).isEqualTo(config.semaphores().entries());
    }

    @Test
    void badSemaphoreSettingsNameTheirKey() {
        assertThatThrownBy(() -> load("semaphore:\n  s:\n    initial-permit: 1\n"))
                .hasMessageContaining("unknown key 'semaphore.s.initial-permit'");
        assertThatThrownBy(() -> load("semaphore:\n  s:\n    initial-permits: -1\n"))
                .hasMessageContaining("'semaphore.s.initial-permits' must not be negative");
        assertThatThrownBy(() -> load("semaphore:\n  s:\n    initial-permits: many\n"))
                .hasMessageContaining("'semaphore.s.initial-permits' must be a whole number");
        assertThatThrownBy(() -> load("semaphore: 3\n"))
                .hasMessageContaining("'semaphore' must be a mapping of semaphore names to their settings");
        assertThatThrownBy(() -> load("semaphore:\n  s: 3\n"))
                .hasMessageContaining("semaphore.s must be a mapping");
    }

    @Test
    void patternsThatMatchANameEquallyWellAreRefused() {
        assertThatThrownBy(() -> load("semaphore:\n  a-*:\n    initial-permits: 1\n  \"*-z\":\n    initial-permits: 2\n"))
                .hasMessageContaining("'*-z' and 'a-*' match some names equally well");
    }

    @Test
    void theReadmeDocumentsTheKeyAndItsDefault() throws IOException {
        assertThat(Files.readString(Path.of("..", "README.md"))).contains("| `semaphore.<name>.initial-permits` | `"
                + SemaphoreSettings.DEFAULTS.initialPermits() + "` |");
    }

    private static ServerConfig load(String yaml) throws IOException {
        return ConfigLoader.apply(ServerConfig.builder(), yaml, "member.yaml").build();
    }
}
