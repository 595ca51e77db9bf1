package io.alder.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LoadResultTest {

    private static final LoadSettings SETTINGS = settings(Structure.MAP);

    @Test
    void reportsRatesPercentilesAndCpuPerCall() {
        Histogram nanos = new Histogram(3);
        for (int i = 1; i <= 1000; i++) {
            nanos.recordValue(i * 1000L);
        }

        LoadResult result = LoadResult.of(SETTINGS, nanos, 3, 2_000_000_000L, OptionalDouble.of(5000), OptionalDouble.of(7500));

        // Percentiles are bucket bounds, precise to 0.1 %.
        assertThat(result.p50Micros()).isCloseTo(500, within(0.5));
        assertThat(result.p99Micros()).isCloseTo(990, within(1.0));
        assertThat(result.p999Micros()).isCloseTo(999, within(1.0));
        assertThat(result.maxMicros()).isCloseTo(1000, within(1.0));
        assertThat(result.toLine()).isEqualTo("RESULT mode=async threads=2 depth=64 keys=10000 valueSize=100"
                + " getRatio=0.80 seconds=2.00 ops=1000 errors=3 opsPerSec=500.0 p50Us=500.2 p99Us=990.2"
                + " p999Us=999.4 maxUs=1000.4 serverCpuUsPerOp=5.00 clientCpuUsPerOp=7.50 client=alder");
    }

    @Test
    void appendsTheStructureAndItsObjectsForAnotherStructureThanTheMap() {
        Histogram nanos = new Histogram(3);
        nanos.recordValue(1000);

        LoadResult result = LoadResult.of(settings(Structure.ATOMIC_LONG), nanos, 0, 1_000_000_000L,
                OptionalDouble.of(10), OptionalDouble.of(20));

        assertThat(result.toLine()).endsWith(" serverCpuUsPerOp=10.00 clientCpuUsPerOp=20.00 client=alder"
                + " structure=atomic-long objects=16");
    }

    @Test
    void marksAnUnknownCpuFigure() {
        Histogram nanos = new Histogram(3);
        nanos.recordValue(1000);

        LoadResult result = LoadResult.of(SETTINGS, nanos, 0, 1_000_000_000L, OptionalDouble.empty(),
                OptionalDouble.of(100));

        assertThat(result.toLine()).endsWith(" serverCpuUsPerOp=n/a clientCpuUsPerOp=100.00 client=alder");
    }

    @Test
    void hasNoCpuPerCallWithoutCalls() {
        LoadResult result = LoadResult.of(SETTINGS, new Histogram(3), 5, 1_000_000_000L, OptionalDouble.of(10),
                OptionalDouble.of(10));

        assertThat(result.toLine()).endsWith(" serverCpuUsPerOp=n/a clientCpuUsPerOp=n/a client=alder");
    }

    private static LoadSettings settings(Structure structure) {
        return new LoadSettings(ClientKind.ALDER, structure, "127.0.0.1:5701", "dev", "bench", Mode.ASYNC, 2, 64,
                10_000, 16, 100, 0.8, Duration.ofSeconds(1), Duration.ofSeconds(2), OptionalLong.of(1));
    }
}
