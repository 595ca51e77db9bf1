package io.alder.geode.query;

import io.alder.geode.query.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads tokens into an {@link OqlQuery}, by recursive descent over this grammar (keywords in any case):
 * <pre>
 * query      = SELECT ( "*" | COUNT "(" "*" ")" ) FROM region [ [AS] alias ] [ WHERE condition ] [ LIMIT limit ]
 * region     = "/" name | name
 * condition  = conjunction { OR conjunction }
 * conjunction= negation { AND negation }
 * negation   = NOT negation | "(" condition ")" | operand operator operand
 * operator   = "=" | "&lt;&gt;" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * operand    = [ "-" ] number | 'string' | TRUE | FALSE | NULL | $n | path
 * path       = ( THIS | alias | field ) { "." field }      field = word | "quoted"
 * limit      = whole number | $n                           (SELECT * only)
 * </pre>
 */
final class Parser {

    /** Bounds the recursion so that no query text can exhaust the stack. */
    static final int MAX_NESTING = 64;

    private static final String SELECT_FORMS = "Alder supports SELECT * and SELECT COUNT(*) only";
    private static final String OPERATORS = "a comparison operator (=, <>, !=, <, <=, >, >=)";

    private final List<Token> tokens;
    private int next;
    private int nesting;
    private int highestParameter;
    private String alias;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static OqlQuery parse(String text) throws BadQueryException {
        return new Parser(Tokenizer.tokenize(text)).query();
    }

    private OqlQuery query() throws BadQueryException {
        expectKeyword("SELECT");
        boolean counting = countProjection();
        expectKeyword("FROM");
        String region = region();
        alias = alias();
        List<String> mayFollow = new ArrayList<>(List.of("WHERE"));
        Condition condition = Condition.ALWAYS;
        if (acceptKeyword("WHERE")) {
            condition = condition();
            mayFollow = new ArrayList<>(List.of("AND", "OR"));
        }
        Limit limit = Limit.NONE;
        if (peek().isKeyword("LIMIT")) {
            if (counting) {
                throw new BadQueryException("LIMIT applies to SELECT * only; found " + peek().describe());
            }
            advance();
            limit = limit();
            mayFollow.clear();
        } else if (!counting) {
            mayFollow.add("LIMIT");
        }
        if (peek().kind() != Kind.END) {
            throw unexpected(mayFollow.isEmpty()
                    ? "the end of the query"
                    : String.join(", ", mayFollow) + " or the end of the query");
        }
        return new OqlQuery(region, counting, condition, limit, highestParameter);
    }

    /** {@code *} (false) or {@code COUNT(*)} (true). */
    private boolean countProjection() throws BadQueryException {
        if (acceptSymbol("*")) {
            return false;
        }
        if (!acceptKeyword("COUNT") || !acceptSymbol("(") || !acceptSymbol("*") || !acceptSymbol(")")) {
            throw new BadQueryException(SELECT_FORMS + "; found " + found(peek()));
        }
        return true;
    }

    private String region() throws BadQueryException {
        Token token = peek();
        if (token.kind() == Kind.REGION || isPlainName(token)) {
            advance();
            return token.value();
        }
        throw unexpected("a region such as /orders");
    }

    private String alias() throws BadQueryException {
        boolean written = acceptKeyword("AS");
        Token token = peek();
        if (isPlainName(token)) {
            advance();
            return token.value();
        }
        if (written) {
            throw unexpected("a name for the region's values after AS");
        }
        return null;
    }

    private Condition condition() throws BadQueryException {
        return junction("OR", this::conjunction, Condition::anyOf);
    }

    private Condition conjunction() throws BadQueryException {
        return junction("AND", this::negation, Condition::allOf);
    }

    /** One or more terms separated by {@code keyword}; a single term stands for itself. */
    private Condition junction(String keyword, TermParser term, Function<List<Condition>, Condition> join)
            throws BadQueryException {
        List<Condition> terms = new ArrayList<>();
        do {
            terms.add(term.parse());
        } while (acceptKeyword(keyword));
        return terms.size() == 1 ? terms.get(0) : join.apply(terms);
    }

    private Condition negation() throws BadQueryException {
        Token start = peek();
        if (acceptKeyword("NOT")) {
            enterNesting(start);
            Condition negated = negation();
            nesting--;
            return new Condition.Not(negated);
        }
        if (acceptSymbol("(")) {
            enterNesting(start);
            Condition inner = condition();
            nesting--;
            if (!acceptSymbol(")")) {
                throw unexpected("AND, OR or ')'");
            }
            return inner;
        }
        return comparison();
    }

    private void enterNesting(Token at) throws BadQueryException {
        if (++nesting > MAX_NESTING) {
            throw new BadQueryException("the condition nests deeper than " + MAX_NESTING + " levels at position "
                    + at.position());
        }
    }

    private Condition comparison() throws BadQueryException {
        Operand left = operand();
        Token symbol = peek();
        Optional<Operator> operator = symbol.kind() == Kind.SYMBOL
                ? Operator.forSymbol(symbol.text())
                : Optional.empty();
        if (operator.isEmpty()) {
            throw unexpected(OPERATORS);
        }
        advance();
        Operand right = operand();
        if (operator.get().isOrdering() && (isBooleanOrNull(left) || isBooleanOrNull(right))) {
            throw new BadQueryException("'" + symbol.text() + "' at position " + symbol.position()
                    + " cannot order TRUE, FALSE or NULL: compare them with =, <> or !=");
        }
        return new Condition.Comparison(left, operator.get(), right);
    }

    private static boolean isBooleanOrNull(Operand operand) {
        return operand instanceof Operand.Literal literal
                && (literal.value() == null || literal.value() instanceof Boolean);
    }

    private Operand operand() throws BadQueryException {
        Token token = peek();
        if (token.kind() == Kind.WORD && tokens.get(next + 1).isSymbol("(")) {
            throw callOf(token);
        }
        if (token.isKeyword("THIS") || (token.kind() == Kind.WORD && token.text().equals(alias))) {
            advance();
            return path(new ArrayList<>());
        }
        if (isFieldName(token)) {
            advance();
            return path(new ArrayList<>(List.of(token.value())));
        }
        if (token.kind() == Kind.PARAMETER) {
            advance();
            return new Operand.Parameter(parameterNumber(token));
        }
        return new Operand.Literal(literal());
    }

    private Object literal() throws BadQueryException {
        Token token = peek();
        boolean negative = token.isSymbol("-") && isNumber(tokens.get(next + 1));
        Token number = negative ? tokens.get(next + 1) : token;
        if (isNumber(number)) {
            next += negative ? 2 : 1;
            return number(number, negative ? "-" : "");
        }
        if (token.kind() == Kind.STRING) {
            advance();
            return token.value();
        }
        if (token.isKeyword("TRUE") || token.isKeyword("FALSE")) {
            advance();
            return token.isKeyword("TRUE");
        }
        if (token.isKeyword("NULL")) {
            advance();
            return null;
        }
        throw unexpectedName("a value, a field or a bind parameter");
    }

    /** The fields after the path's first word, which named the value itself or its first field. */
    private Operand path(List<String> fields) throws BadQueryException {
        while (acceptSymbol(".")) {
            if (!isFieldName(peek())) {
                throw unexpectedName("a field name after '.'");
            }
            fields.add(advance().value());
        }
        if (peek().isSymbol("(")) {
            throw callOf(tokens.get(next - 1));
        }
        return new Operand.Path(fields);
    }

    /** OQL calls methods and functions as {@code name(...)}: {@code r.name.startsWith('A')}, {@code nvl(a, b)}. */
    private static BadQueryException callOf(Token name) {
        return new BadQueryException("Alder does not support method or function calls; found " + name.describe()
                + " followed by '('");
    }

    private static boolean isFieldName(Token token) {
        return token.kind() == Kind.QUOTED_NAME || isPlainName(token);
    }

    private static boolean isPlainName(Token token) {
        return token.kind() == Kind.WORD && !ReservedWords.isReserved(token);
    }

    private static boolean isNumber(Token token) {
        return token.kind() == Kind.INTEGER || token.kind() == Kind.DECIMAL;
    }

    private Limit limit() throws BadQueryException {
        Token token = peek();
        if (token.kind() == Kind.PARAMETER) {
            advance();
            return new Limit.Bound(parameterNumber(token));
        }
        if (token.kind() == Kind.INTEGER && number(token, "") instanceof Integer count) {
            advance();
            return new Limit.Fixed(count);
        }
        throw unexpected("a whole number from 0 to " + Integer.MAX_VALUE + " or a bind parameter after LIMIT");
    }

    /** An Integer, a Long if it does not fit or ends in {@code L}, or a Double if it has a fraction or exponent. */
    private static Object number(Token token, String sign) throws BadQueryException {
        String written = sign + token.text();
        if (token.kind() == Kind.DECIMAL) {
            double value = Double.parseDouble(written);
            if (Double.isInfinite(value)) {
                throw outOfRange(written, token);
            }
            return value;
        }
        boolean longSuffix = Character.toLowerCase(written.charAt(written.length() - 1)) == 'l';
        long value;
        try {
            value = Long.parseLong(longSuffix ? written.substring(0, written.length() - 1) : written);
        } catch (NumberFormatException tooLarge) {
            throw outOfRange(written, token);
        }
        return longSuffix || value != (int) value ? (Object) value : (Object) (int) value;
    }

    @FunctionalInterface
    private interface TermParser {
        Condition parse() throws BadQueryException;
    }

    private static BadQueryException outOfRange(String number, Token token) {
        return new BadQueryException("number " + number + " at position " + token.position() + " is out of range");
    }

    private int parameterNumber(Token token) throws BadQueryException {
        String digits = token.value();
        int number;
        try {
            number = Integer.parseInt(digits);
        } catch (NumberFormatException outOfRange) {
            throw new BadQueryException("bind parameter " + token.describe() + " is out of range");
        }
        if (number == 0) {
            throw new BadQueryException("bind parameters count from $1; found " + found(token));
        }
        highestParameter = Math.max(highestParameter, number);
        return number;
    }

    private void expectKeyword(String keyword) throws BadQueryException {
        if (!acceptKeyword(keyword)) {
            throw unexpected(keyword);
        }
    }

    private boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(next);
    }

    /** The next token, consumed; the END token is never passed, so peek() stays valid. */
    private Token advance() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private BadQueryException unexpected(String expected) {
        return new BadQueryException("expected " + expected + ", found " + found(peek()));
    }

    /** Where a name may stand, a reserved word is more likely a field's name than a request for OQL's feature. */
    private BadQueryException unexpectedName(String expected) {
        Token token = peek();
        String hint = ReservedWords.isUnserved(token)
                ? " (reserved in OQL: write \"" + token.text() + "\" for a field of that name)"
                : "";
        return new BadQueryException("expected " + expected + ", found " + token.describe() + hint);
    }

    /** The token and its position, and for a reserved word of OQL that Alder does not serve, that it does not. */
    private static String found(Token token) {
        String hint = ReservedWords.isUnserved(token)
                ? " (Alder does not support OQL's " + token.text().toUpperCase(Locale.ROOT) + ")"
                : "";
        return token.describe() + hint;
    }
}
