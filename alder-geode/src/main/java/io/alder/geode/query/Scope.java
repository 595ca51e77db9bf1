package io.alder.geode.query;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a condition's operands refer to while one region value is tested: the value itself, its fields and the
 * bind parameters. The value is decoded, and a JSON document parsed, at most once and only when asked for.
 */
final class Scope {

    private final Supplier<Object> decoder;
    private final List<Object> parameters;
    private Object self;
    private boolean resolved;

    private Scope(Supplier<Object> decoder, List<Object> parameters) {
        this.decoder = decoder;
        this.parameters = parameters;
    }

    /** @param parameters the bind parameters as operand values, {@code $1} first */
    static <V> Scope of(V value, Function<? super V, Object> decode, List<Object> parameters) {
        return new Scope(() -> decode.apply(value), parameters);
    }

    Object self() {
        if (!resolved) {
            self = JsonFields.operandValue(decoder.get());
            resolved = true;
        }
        return self;
    }

    Object field(List<String> path) {
        return JsonFields.field(self(), path);
    }

    /** @param number 1-based; the query has been checked to refer to no more parameters than were given */
    Object parameter(int number) {
        return parameters.get(number - 1);
    }
}
