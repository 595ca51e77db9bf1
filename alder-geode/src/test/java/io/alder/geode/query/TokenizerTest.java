package io.alder.geode.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.alder.geode.query.Token.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void readsEveryKindOfTokenWithItsPositionAndMeaning() throws BadQueryException {
        List<Token> tokens =
                Tokenizer.tokenize("SELECT * FROM /sales-2024_eu s WHERE s.\"type\" <> 'it''s' AND $12>=4.2e1");

        assertThat(tokens).containsExactly(
                new Token(Kind.WORD, "SELECT", "SELECT", 0),
                new Token(Kind.SYMBOL, "*", "*", 7),
                new Token(Kind.WORD, "FROM", "FROM", 9),
                new Token(Kind.REGION, "/sales-2024_eu", "sales-2024_eu", 14),
                new Token(Kind.WORD, "s", "s", 29),
                new Token(Kind.WORD, "WHERE", "WHERE", 31),
                new Token(Kind.WORD, "s", "s", 37),
                new Token(Kind.SYMBOL, ".", ".", 38),
                new Token(Kind.QUOTED_NAME, "\"type\"", "type", 39),
                new Token(Kind.SYMBOL, "<>", "<>", 46),
                new Token(Kind.STRING, "'it''s'", "it's", 49),
                new Token(Kind.WORD, "AND", "AND", 57),
                new Token(Kind.PARAMETER, "$12", "12", 61),
                new Token(Kind.SYMBOL, ">=", ">=", 64),
                new Token(Kind.DECIMAL, "4.2e1", "4.2e1", 66),
                new Token(Kind.END, "", "", 71));
    }

    @Test
    void tellsNumbersApartByShape() throws BadQueryException {
        assertThat(Tokenizer.tokenize("42 42L 4.2 4e-2 4E+2 1."))
                .extracting(Token::kind, Token::text)
                .containsExactly(
                        tuple(Kind.INTEGER, "42"),
                        tuple(Kind.INTEGER, "42L"),
                        tuple(Kind.DECIMAL, "4.2"),
                        tuple(Kind.DECIMAL, "4e-2"),
                        tuple(Kind.DECIMAL, "4E+2"),
                        tuple(Kind.INTEGER, "1"),
                        tuple(Kind.SYMBOL, "."),
                        tuple(Kind.END, ""));
    }

    @Test
    void keepsStringsAsWrittenAcrossLinesAndEmpty() throws BadQueryException {
        assertThat(Tokenizer.tokenize("'' 'two\nlines' ''''"))
                .extracting(Token::value)
                .containsExactly("", "two\nlines", "'", "");
    }

    @Test
    void readsOperatorsWithoutSpacesAroundThem() throws BadQueryException {
        assertThat(Tokenizer.tokenize("a<=b<>c!=d<e>f>=g=h"))
                .filteredOn(token -> token.kind() == Kind.SYMBOL)
                .extracting(Token::text)
                .containsExactly("<=", "<>", "!=", "<", ">", ">=", "=");
    }
}
