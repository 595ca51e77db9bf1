package io.alder.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UTFDataFormatException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StringsTest {

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource({
        "hello,      00000000fffffff50000000568656c6c6f",
        "'',         00000000fffffff500000000",
        "hé€😀,      00000000fffffff50000000568c3a9e282aceda0bdedb880",
        "'a\u0000b', 00000000fffffff500000003610062",
    })
    void encodesAs312Does(String value, String hex) throws UTFDataFormatException {
        Data data = Strings.toData(value);

        assertThat(HexFormat.of().formatHex(data.bytes())).isEqualTo(hex);
        assertThat(Strings.fromData(data)).isEqualTo(value);
    }

    @Test
    void rejectsTruncatedString() {
        Data truncated = Data.wrap(HexFormat.of().parseHex("00000000fffffff50000000568656c"));

        assertThatThrownBy(() -> Strings.fromData(truncated)).isInstanceOf(UTFDataFormatException.class);
    }

    @Test
    void dataEqualityIsByteEquality() {
        assertThat(Strings.toData("k")).isEqualTo(Strings.toData("k")).hasSameHashCodeAs(Strings.toData("k"));
        assertThat(Strings.toData("k")).isNotEqualTo(Strings.toData("j"));
    }
}
