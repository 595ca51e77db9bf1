package io.alder.benchmarks.load;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code 500ms}, {@code 20s}, {@code 2m}, or a bare number of seconds. */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s")) {
            return seconds(text.substring(0, text.length() - 1));
        }
        if (text.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
        }
        return seconds(text);
    }

    private static Duration seconds(String number) {
        return Duration.ofMillis(Math.round(Double.parseDouble(number) * 1000));
    }
}
