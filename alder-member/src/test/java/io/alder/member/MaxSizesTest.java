package io.alder.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Max sizes by name, with 3.12's meaning of 0, and errors that name the structure. */
class MaxSizesTest {

    @Test
    void zeroAndUncoveredNamesAreUnbounded() {
        MaxSizes sizes = new MaxSizes("list", Map.of("todo-*", 5, "log", 0));

        assertThat(sizes.capacityOf("todo-1")).isEqualTo(5);
        assertThat(sizes.capacityOf("todo-1@key")).as("the partition key is ignored").isEqualTo(5);
        assertThat(sizes.capacityOf("log")).isEqualTo(Integer.MAX_VALUE);
        assertThat(sizes.capacityOf("other")).isEqualTo(Integer.MAX_VALUE);
        assertThat(MaxSizes.unbounded("set").capacityOf("any")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void negativeMaxSizesAreRefusedNamingTheStructure() {
        assertThatThrownBy(() -> new MaxSizes("set", Map.of("tags", -2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max size of set 'tags': -2 (expected: >= 0, 0 = unbounded)");
    }
}
