package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void pausesGrowByTheMultiplierUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 2, 0);

        assertThat(backoff.pause(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.pause(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.pause(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.pause(7)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.pause(1_000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitterStaysWithinItsFraction() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 2, 0.2);

        for (int i = 0; i < 1_000; i++) {
            assertThat(backoff.pause(3)).isBetween(Duration.ofMillis(320), Duration.ofMillis(480));
        }
    }

    @Test
    void theDefaultsStartAt100MillisAndStopAt5Seconds() {
        assertThat(Backoff.defaults()).isEqualTo(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 2, 0.2));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 2, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
