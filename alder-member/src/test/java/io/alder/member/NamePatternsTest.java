package io.alder.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Settings by name, looked up as 3.12 looks up its configurations. */
class NamePatternsTest {

    private static final int BUILT_IN = -1;

    @Test
    @DisplayName("an exact name beats every pattern; the best pattern has the most text around its '*'")
    void exactThenBestPattern() {
        NamePatterns<Integer> patterns = new NamePatterns<>(Map.of("orders", 1, "ord*", 2, "orders-*", 3,
                "*-east", 4), BUILT_IN);

        assertThat(patterns.lookup("orders")).isEqualTo(1);
        assertThat(patterns.lookup("ordinal")).isEqualTo(2);
        assertThat(patterns.lookup("orders-2024")).isEqualTo(3);
        assertThat(patterns.lookup("orders-east")).as("'orders-' is longer than '-east'").isEqualTo(3);
        assertThat(patterns.lookup("stock-east")).isEqualTo(4);
    }

    @Test
    @DisplayName("names no entry covers get the 'default' entry, or the built-in default without one")
    void defaults() {
        assertThat(new NamePatterns<>(Map.of("a*", 1, "default", 9), BUILT_IN).lookup("b")).isEqualTo(9);
        assertThat(new NamePatterns<>(Map.of("a*", 1), BUILT_IN).lookup("b")).isEqualTo(BUILT_IN);
        assertThat(new NamePatterns<>(Map.of(), BUILT_IN).lookup("default")).isEqualTo(BUILT_IN);
    }

    @Test
    @DisplayName("the partition key after '@' is not part of the name; '*'s after the first are plain text")
    void nameRules() {
        NamePatterns<Integer> patterns = new NamePatterns<>(Map.of("jobs", 1, "a*b*", 2), BUILT_IN);

        assertThat(patterns.lookup("jobs@eu")).isEqualTo(1);
        assertThat(patterns.lookup("axb*")).isEqualTo(2);
        assertThat(patterns.lookup("axbx")).isEqualTo(BUILT_IN);
    }

    @Test
    @DisplayName("prefix and suffix may overlap, as in 3.12: 'ab*b' matches 'ab'")
    void overlappingPrefixAndSuffix() {
        assertThat(new NamePatterns<>(Map.of("ab*b", 1), BUILT_IN).lookup("ab")).isEqualTo(1);
    }

    @Test
    @DisplayName("two patterns that match some name equally well are refused, naming both")
    void ambiguousPatternsAreRefused() {
        assertThatThrownBy(() -> new NamePatterns<>(Map.of("a*", 1, "*z", 2), BUILT_IN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'*z' and 'a*'");
        assertThatThrownBy(() -> new NamePatterns<>(Map.of("ab*", 1, "a*b", 2), BUILT_IN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("equally good patterns are fine when no name matches both, or a better one always wins")
    void unambiguousPatternsAreAccepted() {
        NamePatterns<Integer> disjoint = new NamePatterns<>(Map.of("a*", 1, "b*", 2), BUILT_IN);
        NamePatterns<Integer> shadowed = new NamePatterns<>(Map.of("a*", 1, "*z", 2, "a*z", 3), BUILT_IN);

        assertThat(disjoint.lookup("bee")).isEqualTo(2);
        assertThat(shadowed.lookup("abcz")).isEqualTo(3);
        assertThat(shadowed.lookup("az")).isEqualTo(3);
        assertThat(shadowed.lookup("abc")).isEqualTo(1);
    }
}
