package io.alder.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void pausesGrowByTheMultiplierUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 2, 0);

        assertThat(backoff.delayNanos(1)).isEqualTo(Duration.ofMillis(100).toNanos());
        assertThat(backoff.delayNanos(2)).isEqualTo(Duration.ofMillis(200).toNanos());
        assertThat(backoff.delayNanos(4)).isEqualTo(Duration.ofMillis(800).toNanos());
        assertThat(backoff.delayNanos(7)).isEqualTo(Duration.ofSeconds(5).toNanos());
        assertThat(backoff.delayNanos(1_000)).isEqualTo(Duration.ofSeconds(5).toNanos());
    }

    @Test
    void jitterStaysWithinItsFraction() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 2, 0.2);

        for (int i = 0; i < 1_000; i++) {
            assertThat(backoff.delayNanos(3)).isBetween(Duration.ofMillis(320).toNanos(), Duration.ofMillis(480).toNanos());
        }
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
