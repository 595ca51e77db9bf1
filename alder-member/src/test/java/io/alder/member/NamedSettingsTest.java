package io.alder.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings by name, looked up as 3.12 looks up the configuration of a structure. */
class NamedSettingsTest {

    private final NamedSettings<String> settings = new NamedSettings<>(Map.of(
            "orders", "exact",
            "orders*", "prefix",
            "*-audit", "suffix",
            "orders-*-audit", "both",
            NamedSettings.DEFAULT_NAME, "configured default"), "built-in");

    @Test
    void anExactNameWinsOverEveryPattern() {
        assertThat(settings.forName("orders")).isEqualTo("exact");
    }

    @Test
    void thePatternWithMostFixedCharactersWins() {
        assertThat(settings.forName("orders-eu")).isEqualTo("prefix");
        assertThat(settings.forName("payments-audit")).isEqualTo("suffix");
        assertThat(settings.forName("orders-eu-audit")).isEqualTo("both");
    }

    @Test
    void otherNamesGetTheDefaultEntryOrElseTheBuiltInDefault() {
        assertThat(settings.forName("payments")).isEqualTo("configured default");
        assertThat(new NamedSettings<>(Map.of("a*", "a"), "built-in").forName("b")).isEqualTo("built-in");
        assertThat(NamedSettings.uniform(7).forName("anything")).isEqualTo(7);
    }

    @Test
    void aPartitionKeyIsNotPartOfTheName() {
        assertThat(settings.forName("orders@tenant-7")).isEqualTo("exact");
        assertThat(settings.forName("payments-audit@key")).isEqualTo("suffix");
    }

    @Test
    void twoPatternsThatMatchEquallyWellAreAmbiguous() {
        NamedSettings<String> ambiguous = new NamedSettings<>(Map.of("ab*", "one", "*yz", "two"), "built-in");

        assertThat(ambiguous.forName("abc")).isEqualTo("one");
        assertThatThrownBy(() -> ambiguous.forName("abxyz")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("abxyz").hasMessageContaining("ab*").hasMessageContaining("*yz");
    }
}
