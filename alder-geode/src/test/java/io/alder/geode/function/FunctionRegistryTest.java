package io.alder.geode.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionRegistryTest {

    @Test
    void discoversTheFunctionsListedOnTheClassPath() {
        assertThat(FunctionRegistry.discover().find(SumFunction.ID)).get().isInstanceOf(SumFunction.class);
        assertThat(FunctionRegistry.empty().find(SumFunction.ID)).isEmpty();
    }

    @Test
    void refusesTwoFunctionsOfOneId() {
        MemberFunction other = new MemberFunction() {
            @Override
            public String id() {
                return SumFunction.ID;
            }

            @Override
            public List<Object> execute(FunctionContext context) {
                return List.of();
            }
        };

        assertThatThrownBy(() -> FunctionRegistry.discover().with(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Two functions have the id 'sum'");
    }
}
