package io.alder.geode.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.serialization.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SumFunctionTest {

    private final SumFunction sum = new SumFunction();

    /** A region held in a plain map. */
    private record MapRegion(Map<Object, Object> entries) implements RegionView {
        @Override
        public String name() {
            return "r";
        }

        @Override
        public Object get(Object key) {
            return entries.get(key);
        }

        @Override
        public void put(Object key, Object value) {
            entries.put(key, value);
        }

        @Override
        public Set<Object> keys() {
            return entries.keySet();
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    private static FunctionContext onRegion(Object arguments, List<Object> filter, Object... keysAndValues) {
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new FunctionContext(arguments, Optional.of(new MapRegion(entries)), filter, "m");
    }

    @Test
    void addsWholeNumbersOfEveryTypeToALong() throws Exception {
        assertThat(sum.execute(onRegion(null, List.of(), "a", 1, "b", 2L, "c", (short) 3, "d", (byte) 4, "e", "text")))
                .containsExactly(10L);
    }

    @Test
    void aFractionMakesTheSumADouble() throws Exception {
        assertThat(sum.execute(onRegion(null, List.of(), "a", 1, "b", 0.5, "c", 0.25f))).containsExactly(1.75);
    }

    @Test
    void sumsAJsonFieldNamedByTheArgument() throws Exception {
        FunctionContext context = onRegion("price", List.of(), "a", new JsonValue("{\"price\":3}"),
                "b", new JsonValue("{\"price\":4,\"qty\":9}"), "c", new JsonValue("{\"qty\":1}"), "d", 100);

        assertThat(sum.execute(context)).containsExactly(7L);
    }

    @Test
    void theKeyFilterNarrowsTheSum() throws Exception {
        assertThat(sum.execute(onRegion(null, List.of("a", "c", "missing"), "a", 1, "b", 2, "c", 3)))
                .containsExactly(4L);
    }

    @Test
    void onMembersItSumsAJsonArrayArgument() throws Exception {
        FunctionContext context = new FunctionContext(new JsonValue("[1, 2.5, \"x\"]"), Optional.empty(), List.of(), "m");

        assertThat(sum.execute(context)).containsExactly(3.5);
    }

    @Test
    void onMembersWithoutAnArrayItFails() {
        FunctionContext context = new FunctionContext(7, Optional.empty(), List.of(), "m");

        assertThatThrownBy(() -> sum.execute(context)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON array of numbers");
    }
}
