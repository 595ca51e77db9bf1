package io.alder.benchmarks.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which distributed structure a load run drives, and the {@link Workload} that drives it. */
public enum Structure {

    /** Gets and puts on one map of pre-filled keys. */
    MAP {
        @Override
        Workload open(LoadClient client, LoadSettings settings) {
            return new MapWorkload(client.map(settings.name()), settings.keys(), settings.valueSize(),
                    settings.getRatio());
        }

        /** A Geode protobuf connection serves one request at a time. */
        @Override
        boolean hasAsyncCalls(ClientKind client) {
            return client != ClientKind.GEODE;
        }

        @Override
        boolean servedBy(ClientKind client) {
            return true;
        }
    },

    /** Offers and polls on pre-filled queues. */
    QUEUE {
        @Override
        Workload open(LoadClient client, LoadSettings settings) {
            return new QueueWorkload(each(settings, client::queue), settings.keys(), settings.valueSize(),
                    settings.getRatio());
        }

        /** 3.12's {@code IQueue} has no asynchronous calls; Alder's queue has an asynchronous view. */
        @Override
        boolean hasAsyncCalls(ClientKind client) {
            return client == ClientKind.ALDER;
        }
    },

    /** Lock and unlock pairs on a set of locks. */
    LOCK {
        @Override
        Workload open(LoadClient client, LoadSettings settings) {
            return new LockWorkload(each(settings, client::lock));
        }

        /**
         * 3.12's {@code ILock} has no asynchronous calls, and a lock belongs to the thread that took it: the
         * unlock could not come from the client thread that completes an asynchronous lock.
         */
        @Override
        boolean hasAsyncCalls(ClientKind client) {
            return false;
        }
    },

    /** Gets and increments on a set of counters. */
    ATOMIC_LONG {
        @Override
        Workload open(LoadClient client, LoadSettings settings) {
            return new AtomicLongWorkload(each(settings, client::atomicLong), settings.getRatio());
        }
    };

    /** The name on the command line and in results: {@code map}, {@code queue}, {@code lock}, {@code atomic-long}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return label();
    }

    /** @throws IllegalArgumentException if no structure has that {@link #label()} */
    public static Structure named(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown structure: " + label + " (expected: "
                        + Arrays.stream(values()).map(Structure::label).collect(Collectors.joining(", ")) + ")"));
    }

    /** Opens the structure of {@code settings} through {@code client}. */
    abstract Workload open(LoadClient client, LoadSettings settings);

    /** Whether {@code client} has this structure: Geode protobuf clients have maps (regions) only. */
    boolean servedBy(ClientKind client) {
        return client != ClientKind.GEODE;
    }

    /** Whether the load on this structure can run in {@link Mode#ASYNC} mode with {@code client}. */
    boolean hasAsyncCalls(ClientKind client) {
        return true;
    }

    private static <T> List<T> each(LoadSettings settings, Function<String, T> open) {
        return settings.objectNames().stream().map(open).toList();
    }
}
