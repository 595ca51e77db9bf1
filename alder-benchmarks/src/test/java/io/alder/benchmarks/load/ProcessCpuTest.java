package io.alder.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void sumsUserAndSystemTicks() {
        String line = "4242 (java) S 1 4242 4242 0 -1 4194560 123 0 0 0 1500 320 0 0 20 0 40 0 900 0 0";

        assertThat(ProcessCpu.ticks(line)).isEqualTo(1500 + 320);
    }

    @Test
    void readsFieldsAfterTheLastParenthesisOfTheCommand() {
        String line = "77 (a) b (c) R 1 77 77 0 -1 0 0 0 0 0 11 22 0 0 20 0 1 0 5 0 0";

        assertThat(ProcessCpu.ticks(line)).isEqualTo(33);
    }

    @Test
    void rejectsALineWithoutCommand() {
        assertThatThrownBy(() -> ProcessCpu.ticks("garbage")).isInstanceOf(IllegalArgumentException.class);
    }
}
