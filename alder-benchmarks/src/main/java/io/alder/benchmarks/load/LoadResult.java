package io.alder.benchmarks.load;

import java.util.Locale;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/**
 * The measured window of one run.
 *
 * @param settings what was run
 * @param ops calls completed successfully in the window
 * @param errors calls failed in the window
 * @param seconds length of the window
 * @param p50Micros median latency
 * @param p99Micros 99th percentile latency
 * @param p999Micros 99.9th percentile latency
 * @param maxMicros highest latency
 * @param serverCpuMicrosPerOp the server process's CPU time per successful call, when a pid was given
 * @param clientCpuMicrosPerOp this process's (the load generator's, client included) CPU time per
 *     successful call
 */
public record LoadResult(LoadSettings settings, long ops, long errors, double seconds, double p50Micros,
                         double p99Micros, double p999Micros, double maxMicros,
                         OptionalDouble serverCpuMicrosPerOp, OptionalDouble clientCpuMicrosPerOp) {

    /** Builds a result from a latency histogram in nanoseconds and CPU microseconds used in the window. */
    static LoadResult of(LoadSettings settings, Histogram latencyNanos, long errors, long windowNanos,
                         OptionalDouble serverCpuMicros, OptionalDouble clientCpuMicros) {
        long ops = latencyNanos.getTotalCount();
        return new LoadResult(settings, ops, errors, windowNanos / 1e9,
                micros(latencyNanos, 50), micros(latencyNanos, 99), micros(latencyNanos, 99.9),
                latencyNanos.getMaxValue() / 1e3,
                perOp(serverCpuMicros, ops), perOp(clientCpuMicros, ops));
    }

    private static double micros(Histogram nanos, double percentile) {
        return nanos.getValueAtPercentile(percentile) / 1e3;
    }

    private static OptionalDouble perOp(OptionalDouble total, long ops) {
        return total.isPresent() && ops > 0 ? OptionalDouble.of(total.getAsDouble() / ops) : OptionalDouble.empty();
    }

    public double opsPerSecond() {
        return ops / seconds;
    }

    /**
     * One line of space-separated {@code key=value} pairs after the word {@code RESULT}. Keys and their
     * order are stable (keys added later go at the end); numbers use a dot; an unknown CPU figure is
     * {@code n/a}. A run on another structure than the map appends {@code structure} and {@code objects},
     * so that a map run's line stays what it always was.
     */
    public String toLine() {
        String line = String.format(Locale.ROOT,
                "RESULT mode=%s threads=%d depth=%d keys=%d valueSize=%d getRatio=%.2f seconds=%.2f ops=%d errors=%d"
                        + " opsPerSec=%.1f p50Us=%.1f p99Us=%.1f p999Us=%.1f maxUs=%.1f serverCpuUsPerOp=%s"
                        + " clientCpuUsPerOp=%s client=%s",
                lowerCase(settings.mode()), settings.threads(), settings.depth(),
                settings.keys(), settings.valueSize(), settings.getRatio(), seconds, ops, errors,
                opsPerSecond(), p50Micros, p99Micros, p999Micros, maxMicros, cpu(serverCpuMicrosPerOp),
                cpu(clientCpuMicrosPerOp), lowerCase(settings.client()));
        return settings.structure() == Structure.MAP ? line
                : line + " structure=" + settings.structure().label() + " objects=" + settings.objects();
    }

    private static String cpu(OptionalDouble microsPerOp) {
        return microsPerOp.isPresent() ? String.format(Locale.ROOT, "%.2f", microsPerOp.getAsDouble()) : "n/a";
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
