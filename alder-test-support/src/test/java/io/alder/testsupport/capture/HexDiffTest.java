package io.alder.testsupport.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HexDiffTest {

    @Test
    void equalArraysHaveNoDiff() {
        assertThat(HexDiff.describe(new byte[] {1, 2, 3}, new byte[] {1, 2, 3})).isNull();
    }

    @Test
    void marksTheFirstDifferenceAndTheRowsAroundIt() {
        byte[] expected = HexFormat.of().parseHex("00".repeat(40) + "aabb" + "00".repeat(20));
        byte[] actual = expected.clone();
        actual[41] = (byte) 0xcc;

        String diff = HexDiff.describe(expected, actual);

        assertThat(diff).startsWith("expected 62 bytes, got 62; first difference at offset 41 (0x29)")
                .contains("000020  expected 00  00  00  00  00  00  00  00  aa  bb* 00")
                .contains("actual   00  00  00  00  00  00  00  00  aa  cc* 00");
    }

    @Test
    void reportsALengthDifference() {
        assertThat(HexDiff.describe(new byte[] {1, 2, 3}, new byte[] {1, 2}))
                .startsWith("expected 3 bytes, got 2; first difference at offset 2 (0x2)")
                .contains("expected 01  02  03* ");
    }
}
