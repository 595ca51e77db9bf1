package io.alder.member.ringbuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings looked up by name as a 3.12 member does; the name rules are NamePatterns' (see NamePatternsTest). */
class RingbufferConfigsTest {

    private static final RingbufferConfig EXACT = RingbufferConfig.DEFAULT.withCapacity(1);
    private static final RingbufferConfig PREFIX = RingbufferConfig.DEFAULT.withCapacity(2);
    private static final RingbufferConfig LONGER_PREFIX = RingbufferConfig.DEFAULT.withCapacity(3);
    private static final RingbufferConfig FALLBACK = RingbufferConfig.DEFAULT.withCapacity(4);

    private final RingbufferConfigs configs = new RingbufferConfigs(Map.of(
            "orders", EXACT,
            "ord*", PREFIX,
            "orders-*", LONGER_PREFIX,
            "default", FALLBACK));

    @Test
    void exactNameFirstThenTheBestPatternThenDefault() {
        assertThat(configs.forRingbuffer("orders")).isEqualTo(EXACT);
        assertThat(configs.forRingbuffer("orders-eu")).isEqualTo(LONGER_PREFIX);
        assertThat(configs.forRingbuffer("ordinal")).isEqualTo(PREFIX);
        assertThat(configs.forRingbuffer("payments")).isEqualTo(FALLBACK);
        assertThat(RingbufferConfigs.NONE.forRingbuffer("payments")).isEqualTo(RingbufferConfig.DEFAULT);
    }

    @Test
    void aReliableTopicsRingbufferIsConfiguredByTheTopicsName() {
        assertThat(configs.forRingbuffer("_hz_rb_orders")).isEqualTo(EXACT);
        assertThat(configs.forRingbuffer("_hz_rb_orders-eu")).isEqualTo(LONGER_PREFIX);
        assertThat(new RingbufferConfigs(Map.of("_hz_rb_*", EXACT)).forRingbuffer("_hz_rb_t"))
                .as("a pattern for the ringbuffer's own name does not apply, as in 3.12")
                .isEqualTo(RingbufferConfig.DEFAULT);
    }

    @Test
    void thePartitionKeyIsNotPartOfTheName() {
        assertThat(configs.forRingbuffer("orders@partition-key")).isEqualTo(EXACT);
        assertThat(configs.forRingbuffer("_hz_rb_orders@partition-key")).isEqualTo(EXACT);
    }

    @Test
    void twoPatternsMatchingSomeNameEquallyWellAreRefused() {
        assertThatThrownBy(() -> new RingbufferConfigs(Map.of("a*", EXACT, "*z", PREFIX)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'*z' and 'a*'");
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> RingbufferConfig.DEFAULT.withCapacity(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RingbufferConfig.DEFAULT.withTimeToLiveSeconds(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
