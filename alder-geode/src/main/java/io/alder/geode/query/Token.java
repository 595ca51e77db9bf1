package io.alder.geode.query;

/**
 * One token of a query's text.
 *
 * @param kind     what sort of token it is
 * @param text     the token as written, for messages
 * @param value    what it means: a string literal without quotes and escapes, a region name without its
 *                 {@code /}, a quoted name without its quotes, a bind parameter's digits; else the text
 * @param position the 0-based offset of its first character in the query
 */
record Token(Kind kind, String text, String value, int position) {

    enum Kind { WORD, QUOTED_NAME, REGION, INTEGER, DECIMAL, STRING, PARAMETER, SYMBOL, END }

    /** Long tokens are cut in messages so that one bad string literal does not bury the rest. */
    private static final int MAX_QUOTED_LENGTH = 40;

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** How messages name this token and where it is: {@code 'DISTINCT' at position 7}. */
    String describe() {
        String what = kind == Kind.END ? "the end of the query" : "'" + abbreviated() + "'";
        return what + " at position " + position;
    }

    private String abbreviated() {
        return text.length() <= MAX_QUOTED_LENGTH ? text : text.substring(0, MAX_QUOTED_LENGTH) + "...";
    }
}
