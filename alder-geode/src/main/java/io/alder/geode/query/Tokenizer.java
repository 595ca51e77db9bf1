package io.alder.geode.query;

import io.alder.geode.query.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query's text into tokens, ending with one {@link Kind#END} token. It knows the shape of words,
 * numbers, quoted text, region names ({@code /orders}), bind parameters ({@code $1}) and operators; what they
 * may mean where is the {@link Parser}'s job.
 */
final class Tokenizer {

    private static final String SINGLE_CHARACTER_SYMBOLS = "()*,.;+-[]:";

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private Tokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) throws BadQueryException {
        Tokenizer tokenizer = new Tokenizer(text);
        tokenizer.readAll();
        return tokenizer.tokens;
    }

    private void readAll() throws BadQueryException {
        while (true) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (position == text.length()) {
                tokens.add(new Token(Kind.END, "", "", position));
                return;
            }
            readToken(text.charAt(position));
        }
    }

    private void readToken(char first) throws BadQueryException {
        int start = position;
        if (isWordStart(first)) {
            skipWhile(start + 1, Tokenizer::isWordPart);
            add(Kind.WORD, start, text.substring(start, position));
        } else if (isDigit(first)) {
            readNumber(start);
        } else if (first == '\'') {
            readString(start);
        } else if (first == '"') {
            readQuotedName(start);
        } else if (first == '/') {
            // Geode region names are letters, digits, '_' and '-'
            readAfterSigil(start, Kind.REGION, Tokenizer::isRegionNamePart,
                    "a region name (letters, digits, '_' and '-')");
        } else if (first == '$') {
            readAfterSigil(start, Kind.PARAMETER, Tokenizer::isDigit, "the number of a bind parameter, like $1,");
        } else {
            readSymbol(start, first);
        }
    }

    /** Digits with an optional fraction and exponent (a decimal) or an optional {@code L} (a long). */
    private void readNumber(int start) throws BadQueryException {
        skipWhile(start, Tokenizer::isDigit);
        Kind kind = Kind.INTEGER;
        if (at(position) == '.' && isDigit(at(position + 1))) {
            skipWhile(position + 1, Tokenizer::isDigit);
            kind = Kind.DECIMAL;
        }
        if (Character.toLowerCase(at(position)) == 'e') {
            int digits = position + 1 + (at(position + 1) == '+' || at(position + 1) == '-' ? 1 : 0);
            if (isDigit(at(digits))) {
                skipWhile(digits, Tokenizer::isDigit);
                kind = Kind.DECIMAL;
            }
        }
        if (kind == Kind.INTEGER && Character.toLowerCase(at(position)) == 'l') {
            position++;
        }
        if (isWordPart(at(position))) {
            skipWhile(position, Tokenizer::isWordPart);
            throw new BadQueryException("malformed number '" + text.substring(start, position) + "' at position "
                    + start + ": write whole numbers like 42 or 42L, decimals like 4.2 or 4.2e1");
        }
        add(kind, start, text.substring(start, position));
    }

    /** {@code 'text'}, where {@code ''} stands for one quote. */
    private void readString(int start) throws BadQueryException {
        StringBuilder value = new StringBuilder();
        int cursor = start + 1;
        while (true) {
            int quote = text.indexOf('\'', cursor);
            if (quote < 0) {
                throw new BadQueryException("unterminated string starting at position " + start
                        + ": close it with ' (write '' for a quote inside it)");
            }
            value.append(text, cursor, quote);
            if (at(quote + 1) != '\'') {
                position = quote + 1;
                add(Kind.STRING, start, value.toString());
                return;
            }
            value.append('\'');
            cursor = quote + 2;
        }
    }

    /** {@code "name"}: a field whose name is an OQL reserved word or is not a plain word. */
    private void readQuotedName(int start) throws BadQueryException {
        int quote = text.indexOf('"', start + 1);
        if (quote < 0) {
            throw new BadQueryException("unterminated quoted name starting at position " + start
                    + ": close it with \"");
        }
        if (quote == start + 1) {
            throw new BadQueryException("empty quoted name at position " + start);
        }
        position = quote + 1;
        add(Kind.QUOTED_NAME, start, text.substring(start + 1, quote));
    }

    /** {@code /orders} or {@code $1}: a sigil and what must follow it. */
    private void readAfterSigil(int start, Kind kind, CharacterClass characters, String expected)
            throws BadQueryException {
        skipWhile(start + 1, characters);
        if (position == start + 1) {
            throw new BadQueryException("expected " + expected + " after '" + text.charAt(start) + "' at position "
                    + start);
        }
        add(kind, start, text.substring(start + 1, position));
    }

    private void readSymbol(int start, char first) throws BadQueryException {
        char second = at(start + 1);
        if (first == '=' && second == '=') {
            throw new BadQueryException("'==' at position " + start + " is not OQL: compare with '='");
        }
        boolean twoCharacters = (first == '<' && (second == '=' || second == '>'))
                || ((first == '>' || first == '!') && second == '=');
        if (twoCharacters) {
            position = start + 2;
        } else if (first == '=' || first == '<' || first == '>' || SINGLE_CHARACTER_SYMBOLS.indexOf(first) >= 0) {
            position = start + 1;
        } else if (first == '!') {
            throw new BadQueryException("unexpected character '!' at position " + start
                    + ": write NOT to negate, '<>' or '!=' for not equal");
        } else {
            throw new BadQueryException("unexpected character " + printable(first) + " at position " + start);
        }
        add(Kind.SYMBOL, start, text.substring(start, position));
    }

    private void add(Kind kind, int start, String value) {
        tokens.add(new Token(kind, text.substring(start, position), value, start));
    }

    private void skipWhile(int from, CharacterClass characters) {
        position = from;
        while (position < text.length() && characters.contains(text.charAt(position))) {
            position++;
        }
    }

    /** The character at {@code index}, or 0 past the end so that look-ahead needs no bounds checks. */
    private char at(int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) || Character.isWhitespace(c)
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
    }

    private static boolean isWordStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isWordPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRegionNamePart(char c) {
        return c == '_' || c == '-' || isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @FunctionalInterface
    private interface CharacterClass {
        boolean contains(char c);
    }
}
