package io.alder.geode.query;

import java.util.Locale;
import java.util.Set;

/**
 * The words OQL reserves. As in Geode, they never name a region, an alias or a field, and a field with such a
 * name is written quoted: {@code "type"}. The ones Alder does not serve make for clearer messages.
 */
final class ReservedWords {

    /** Geode's OQL keywords, plus {@code this}, which Alder reads as the value itself. */
    private static final Set<String> WORDS = Set.of(
            "abs", "all", "and", "andthen", "any", "array", "as", "asc", "avg", "bag", "boolean", "by", "byte",
            "char", "collection", "count", "date", "declare", "define", "desc", "dictionary", "distinct",
            "double", "element", "enum", "except", "exists", "false", "first", "flatten", "float", "for", "from",
            "group", "having", "hint", "import", "in", "int", "interval", "intersect", "is_defined",
            "is_undefined", "last", "like", "limit", "list", "listtoset", "long", "map", "max", "min", "mod",
            "nil", "not", "null", "nvl", "octet", "or", "order", "orelse", "query", "select", "set", "short",
            "some", "string", "struct", "sum", "this", "time", "timestamp", "to_date", "trace", "true", "type",
            "undefine", "undefined", "union", "unique", "where");

    /** The reserved words that mean something in the OQL Alder serves. */
    private static final Set<String> SERVED = Set.of(
            "and", "as", "count", "false", "from", "limit", "not", "null", "or", "select", "this", "true", "where");

    private ReservedWords() {
    }

    static boolean isReserved(Token token) {
        return token.kind() == Token.Kind.WORD && WORDS.contains(lowerCase(token));
    }

    /** A reserved word that stands for OQL Alder does not serve, such as {@code ORDER} or {@code DISTINCT}. */
    static boolean isUnserved(Token token) {
        return isReserved(token) && !SERVED.contains(lowerCase(token));
    }

    private static String lowerCase(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
