package io.alder.benchmarks.load;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One load run's parameters, validated once.
 *
 * @param client the Java client that drives the member
 * @param address member to connect to, {@code host:port}
 * @param groupName cluster group name the client authenticates with
 * @param mapName map the load runs against
 * @param mode synchronous or asynchronous calls
 * @param threads worker threads
 * @param depth calls in flight per worker thread in {@link Mode#ASYNC} mode (1 in {@link Mode#SYNC})
 * @param keys number of distinct keys, all pre-filled
 * @param valueSize bytes per value
 * @param getRatio share of gets among the calls, 0..1; the rest are puts
 * @param warmup load time before measuring
 * @param duration measured load time
 * @param serverPid process whose CPU time is measured, if any
 */
public record LoadSettings(ClientKind client, String address, String groupName, String mapName, Mode mode, int threads, int depth,
                           int keys, int valueSize, double getRatio, Duration warmup, Duration duration,
                           OptionalLong serverPid) {

    public LoadSettings {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(groupName, "group name");
        Objects.requireNonNull(mapName, "map name");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(serverPid, "server pid");
        check(threads >= 1, "threads: " + threads + " (expected: >= 1)");
        check(depth >= 1, "depth: " + depth + " (expected: >= 1)");
        check(mode == Mode.ASYNC || depth == 1, "depth: " + depth + " (expected: 1 in sync mode)");
        check(keys >= 1, "keys: " + keys + " (expected: >= 1)");
        check(valueSize >= 0, "value size: " + valueSize + " (expected: >= 0)");
        check(getRatio >= 0 && getRatio <= 1, "get ratio: " + getRatio + " (expected: 0..1)");
        check(!warmup.isNegative(), "warmup must not be negative: " + warmup);
        check(!duration.isNegative() && !duration.isZero(), "duration must be positive: " + duration);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
