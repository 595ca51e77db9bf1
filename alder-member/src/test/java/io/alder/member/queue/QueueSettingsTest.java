package io.alder.member.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queue capacities by name, with 3.12's meaning of a max size of 0. */
class QueueSettingsTest {

    @Test
    void maxSizeZeroAndUnconfiguredQueuesAreUnbounded() {
        QueueSettings settings = new QueueSettings(Map.of("jobs-*", 10, "log", 0));

        assertThat(settings.capacityOf("jobs-1")).isEqualTo(10);
        assertThat(settings.capacityOf("log")).isEqualTo(Integer.MAX_VALUE);
        assertThat(settings.capacityOf("other")).isEqualTo(Integer.MAX_VALUE);
        assertThat(QueueSettings.DEFAULTS.capacityOf("jobs-1")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theDefaultEntryCoversTheRest() {
        QueueSettings settings = new QueueSettings(Map.of("default", 5, "big", 0));

        assertThat(settings.capacityOf("any")).isEqualTo(5);
        assertThat(settings.capacityOf("big")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void negativeMaxSizesAreRefused() {
        assertThatThrownBy(() -> new QueueSettings(Map.of("jobs", -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max size of queue 'jobs': -1 (expected: >= 0, 0 = unbounded)");
    }
}
