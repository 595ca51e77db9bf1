package io.alder.testsupport.capture;

import java.util.HexFormat;

/**
 * A readable comparison of two byte arrays for test failures: the lengths, the first differing offset
 * and the 16-byte rows around it from both sides, the differing bytes marked.
 */
public final class HexDiff {

    private static final int ROW = 16;
    private static final int CONTEXT_ROWS = 2;

    private HexDiff() {
    }

    /** Null if the arrays are equal, else a multi-line description of where they differ. */
    public static String describe(byte[] expected, byte[] actual) {
        int common = Math.min(expected.length, actual.length);
        int first = 0;
        while (first < common && expected[first] == actual[first]) {
            first++;
        }
        if (first == common && expected.length == actual.length) {
            return null;
        }
        StringBuilder out = new StringBuilder()
                .append("expected ").append(expected.length).append(" bytes, got ").append(actual.length)
                .append("; first difference at offset ").append(first)
                .append(String.format(" (0x%x)%n", first));
        int fromRow = Math.max(0, first / ROW - CONTEXT_ROWS);
        int toRow = first / ROW + CONTEXT_ROWS;
        for (int row = fromRow; row <= toRow; row++) {
            int offset = row * ROW;
            if (offset >= expected.length && offset >= actual.length) {
                break;
            }
            out.append(String.format("%06x  expected %s%n", offset, row(expected, actual, offset)));
            out.append(String.format("%6s  actual   %s%n", "", row(actual, expected, offset)));
        }
        return out.toString();
    }

    /** One row of {@code bytes}; a byte that differs from {@code other} is marked with '*'. */
    private static String row(byte[] bytes, byte[] other, int offset) {
        StringBuilder row = new StringBuilder();
        for (int i = offset; i < offset + ROW && i < bytes.length; i++) {
            boolean differs = i >= other.length || bytes[i] != other[i];
            row.append(HexFormat.of().toHexDigits(bytes[i])).append(differs ? '*' : ' ').append(' ');
        }
        return row.toString();
    }
}
