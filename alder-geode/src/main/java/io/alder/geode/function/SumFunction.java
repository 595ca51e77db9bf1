package io.alder.geode.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alder.serialization.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The example function, registered on every member as {@value #ID}: on a region, the sum of its numeric
 * values (only the keys of the key filter, when there is one); with a field name as argument, the sum of that
 * numeric field of its JSON values. Values without a number there are skipped. The result is one Long when
 * every summed number is whole, else one Double. Without a region (on members or groups) the sum of the
 * argument itself when it is a JSON array of numbers.
 */
public final class SumFunction implements MemberFunction {

    /** The function's id. */
    public static final String ID = "sum";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Object> execute(FunctionContext context) throws IOException {
        Sum sum = new Sum();
        if (context.region().isPresent()) {
            RegionView region = context.region().get();
            String field = context.arguments() instanceof String name ? name : null;
            Collection<Object> keys = context.keyFilter().isEmpty() ? region.keys() : context.keyFilter();
            for (Object key : keys) {
                sum.add(field == null ? region.get(key) : field(region.get(key), field));
            }
        } else if (context.arguments() instanceof JsonValue json) {
            for (JsonNode element : JSON.readTree(json.json())) {
                sum.add(element.isNumber() ? element.decimalValue() : null);
            }
        } else {
            throw new IllegalArgumentException("sum runs on a region, or on members with a JSON array of numbers");
        }
        return List.of(sum.result());
    }

    private static Object field(Object value, String field) throws IOException {
        if (!(value instanceof JsonValue json)) {
            return null;
        }
        JsonNode node = JSON.readTree(json.json()).get(field);
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    /** Adds numbers exactly, remembering whether one had a fraction. */
    private static final class Sum {
        private BigDecimal total = BigDecimal.ZERO;
        private boolean whole = true;

        void add(Object value) {
            BigDecimal number = decimal(value);
            if (number != null) {
                total = total.add(number);
                whole &= number.stripTrailingZeros().scale() <= 0;
            }
        }

        private static BigDecimal decimal(Object value) {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            } else if (value instanceof Double || value instanceof Float) {
                return new BigDecimal(value.toString());
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte) {
                return BigDecimal.valueOf(((Number) value).longValue());
            }
            return null;
        }

        Object result() {
            return whole ? (Object) total.longValueExact() : (Object) total.doubleValue();
        }
    }
}
