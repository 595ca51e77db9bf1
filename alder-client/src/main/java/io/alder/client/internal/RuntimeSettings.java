package io.alder.client.internal;

import io.alder.client.ClientConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the client's machinery is configured with: the user's {@link ClientConfig} plus the settings
 * it does not (yet) expose, whose defaults live here and nowhere else. Immutable; the {@code with...}
 * methods return changed copies.
 *
 * <p>Connecting to the cluster goes in rounds, each trying every candidate address once. Between rounds
 * the client pauses for {@link #reconnectBackoff()}, which starts at 100 ms and doubles up to the
 * configured {@link ClientConfig#connectionAttemptPeriod()}; it gives up after
 * {@link ClientConfig#connectionAttemptLimit()} rounds or once {@link #clusterConnectTimeout()} has passed,
 * whichever comes first.
 *
 * @param whenDisconnected what calls made while no member is reachable do
 * @param maxFrameSize the largest outgoing frame; longer messages are sent in fragments
 *     ({@link #UNLIMITED_FRAME_SIZE}: never fragment, as 3.12 clients do)
 * @param clusterConnectTimeout how long to keep trying to reach the cluster before giving up
 * @param reconnectBackoff the pause between two rounds of connection attempts
 */
public record RuntimeSettings(ClientConfig config, WhenDisconnected whenDisconnected, int maxFrameSize,
        Duration clusterConnectTimeout, Backoff reconnectBackoff) {

    /** What calls made while the client has no connection to the cluster do. */
    public enum WhenDisconnected {
        /** Wait for the reconnection, up to their deadline. */
        WAIT,
        /** Fail at once with a {@link io.alder.client.ClusterUnavailableException}. */
        FAIL
    }

    /** {@link #maxFrameSize()} that never fragments. */
    public static final int UNLIMITED_FRAME_SIZE = Integer.MAX_VALUE;

    /** The smallest fragment: a header and at least one payload byte. */
    public static final int MIN_FRAME_SIZE = 23;

    private static final Duration FIRST_RECONNECT_PAUSE = Duration.ofMillis(100);
    private static final Duration DEFAULT_CLUSTER_CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final double RECONNECT_PAUSE_MULTIPLIER = 2;
    private static final double RECONNECT_PAUSE_JITTER = 0.2;

    public RuntimeSettings {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(whenDisconnected, "whenDisconnected");
        Objects.requireNonNull(clusterConnectTimeout, "clusterConnectTimeout");
        Objects.requireNonNull(reconnectBackoff, "reconnectBackoff");
        if (maxFrameSize < MIN_FRAME_SIZE) {
            throw new IllegalArgumentException("max frame size: " + maxFrameSize + " (expected: >= " + MIN_FRAME_SIZE + ")");
        }
        if (clusterConnectTimeout.isNegative() || clusterConnectTimeout.isZero()) {
            throw new IllegalArgumentException("cluster connect timeout: " + clusterConnectTimeout + " (expected: > 0)");
        }
    }

    /** The settings for a configuration, with the defaults for everything it does not cover. */
    public static RuntimeSettings from(ClientConfig config) {
        Duration period = config.connectionAttemptPeriod();
        Duration first = period.compareTo(FIRST_RECONNECT_PAUSE) < 0 ? period : FIRST_RECONNECT_PAUSE;
        return new RuntimeSettings(config, WhenDisconnected.WAIT, UNLIMITED_FRAME_SIZE, DEFAULT_CLUSTER_CONNECT_TIMEOUT,
                new Backoff(first, period, RECONNECT_PAUSE_MULTIPLIER, RECONNECT_PAUSE_JITTER));
    }

    public RuntimeSettings withWhenDisconnected(WhenDisconnected value) {
        return new RuntimeSettings(config, value, maxFrameSize, clusterConnectTimeout, reconnectBackoff);
    }

    public RuntimeSettings withMaxFrameSize(int value) {
        return new RuntimeSettings(config, whenDisconnected, value, clusterConnectTimeout, reconnectBackoff);
    }

    public RuntimeSettings withClusterConnectTimeout(Duration value) {
        return new RuntimeSettings(config, whenDisconnected, maxFrameSize, value, reconnectBackoff);
    }

    public RuntimeSettings withReconnectBackoff(Backoff value) {
        return new RuntimeSettings(config, whenDisconnected, maxFrameSize, clusterConnectTimeout, value);
    }

    /** Whether outgoing messages may need fragmenting. */
    public boolean fragments() {
        return maxFrameSize != UNLIMITED_FRAME_SIZE;
    }
}
