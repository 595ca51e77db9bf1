package io.alder.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsUnits() {
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("20s")).isEqualTo(Duration.ofSeconds(20));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void readsBareSecondsWithFractions() {
        assertThat(converter.convert("10")).isEqualTo(Duration.ofSeconds(10));
        assertThat(converter.convert("1.5")).isEqualTo(Duration.ofMillis(1500));
    }
}
