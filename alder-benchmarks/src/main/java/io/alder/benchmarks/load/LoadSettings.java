package io.alder.benchmarks.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * One load run's parameters, validated once.
 *
 * @param client the client that drives the member
 * @param structure the distributed structure the load runs against
 * @param address member to connect to, {@code host:port}
 * @param groupName cluster group name the client authenticates with
 * @param name the map's name, or the prefix of the other structures' names (see {@link #objectNames()})
 * @param mode synchronous or asynchronous calls
 * @param threads worker threads
 * @param depth calls in flight per worker thread in {@link Mode#ASYNC} mode (1 in {@link Mode#SYNC})
 * @param keys the map's distinct keys, all pre-filled; for a queue, the items pre-filled over the queues
 * @param objects how many queues, locks or counters the load spreads over (not for the map)
 * @param valueSize bytes per map value or queue item
 * @param getRatio share of reads among the calls, 0..1: map gets (the rest puts), queue polls (the rest
 *     offers), counter gets (the rest increments); not for locks
 * @param warmup load time before measuring
 * @param duration measured load time
 * @param serverPid process whose CPU time is measured, if any
 */
public record LoadSettings(ClientKind client, Structure structure, String address, String groupName, String name,
                           Mode mode, int threads, int depth, int keys, int objects, int valueSize, double getRatio,
                           Duration warmup, Duration duration, OptionalLong serverPid) {

    public LoadSettings {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(groupName, "group name");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(serverPid, "server pid");
        check(threads >= 1, "threads: " + threads + " (expected: >= 1)");
        check(depth >= 1, "depth: " + depth + " (expected: >= 1)");
        check(mode == Mode.ASYNC || depth == 1, "depth: " + depth + " (expected: 1 in sync mode)");
        check(structure.servedBy(client), "structure: " + structure + " (the "
                + client.name().toLowerCase(Locale.ROOT) + " client has maps only)");
        check(mode == Mode.SYNC || structure.hasAsyncCalls(client),
                "mode: async (expected: sync for " + structure + " with the "
                        + client.name().toLowerCase(Locale.ROOT) + " client)");
        check(keys >= 1, "keys: " + keys + " (expected: >= 1)");
        check(objects >= 1, "objects: " + objects + " (expected: >= 1)");
        check(valueSize >= 0, "value size: " + valueSize + " (expected: >= 0)");
        check(getRatio >= 0 && getRatio <= 1, "get ratio: " + getRatio + " (expected: 0..1)");
        check(!warmup.isNegative(), "warmup must not be negative: " + warmup);
        check(!duration.isNegative() && !duration.isZero(), "duration must be positive: " + duration);
    }

    /** The names of the queues, locks or counters: {@code <name>-0} to {@code <name>-<objects - 1>}. */
    public List<String> objectNames() {
        return IntStream.range(0, objects).mapToObj(i -> name + "-" + i).toList();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
