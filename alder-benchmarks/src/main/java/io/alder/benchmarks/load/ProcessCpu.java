package io.alder.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time (user + system) a Linux process has used so far, read from {@code /proc/<pid>/stat}. */
final class ProcessCpu {

    /** The usual Linux value, used when {@code getconf} is unavailable. */
    private static final long DEFAULT_TICKS_PER_SECOND = 100;
    /** utime and stime are fields 14 and 15; counting from field 3, the first after the comm's ")". */
    private static final int UTIME_INDEX = 14 - 3;
    private static final int STIME_INDEX = 15 - 3;

    private final Path stat;
    private final long ticksPerSecond;

    private ProcessCpu(long pid, long ticksPerSecond) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
        this.ticksPerSecond = ticksPerSecond;
    }

    /** A reader for {@code pid}; asks the system for its clock tick rate once. */
    static ProcessCpu of(long pid) throws IOException, InterruptedException {
        ProcessCpu cpu = new ProcessCpu(pid, clockTicksPerSecond());
        cpu.micros();
        return cpu;
    }

    /** CPU microseconds used by the process so far (resolution: one clock tick, usually 10 ms). */
    long micros() throws IOException {
        return ticks(Files.readString(stat, StandardCharsets.US_ASCII)) * 1_000_000 / ticksPerSecond;
    }

    /** utime + stime in clock ticks from one {@code stat} line; the comm field may hold spaces and ")". */
    static long ticks(String statLine) {
        int commEnd = statLine.lastIndexOf(')');
        if (commEnd < 0) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + statLine);
        }
        String[] fields = statLine.substring(commEnd + 1).trim().split("\\s+");
        return Long.parseLong(fields[UTIME_INDEX]) + Long.parseLong(fields[STIME_INDEX]);
    }

    private static long clockTicksPerSecond() throws InterruptedException {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            try (InputStream in = getconf.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
                return getconf.waitFor() == 0 && out.matches("\\d+") ? Long.parseLong(out) : DEFAULT_TICKS_PER_SECOND;
            }
        } catch (IOException noGetconf) {
            return DEFAULT_TICKS_PER_SECOND;
        }
    }
}
