package io.alder.testsupport.capture;

/** Which way a captured frame travelled. */
public enum Direction {
    /** From the client to the member ({@code C>S} in the captures). */
    CLIENT_TO_MEMBER("C>S"),
    /** From the member to the client ({@code S>C}). */
    MEMBER_TO_CLIENT("S>C");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    /** The arrow the capture files use. */
    public String symbol() {
        return symbol;
    }

    static Direction ofSymbol(String symbol) {
        for (Direction direction : values()) {
            if (direction.symbol.equals(symbol)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("direction: " + symbol + " (expected: C>S or S>C)");
    }
}
