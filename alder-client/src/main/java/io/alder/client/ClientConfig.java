package io.alder.client;

import io.alder.serialization.SerializationConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of an {@link AlderClient}: how it finds, authenticates with and talks to its cluster, and
 * how it behaves while it has lost it. Immutable: build one with {@link #builder()}, which validates every
 * setting once; unset settings take the defaults below, which live in the builder and nowhere else.
 *
 * <table>
 * <caption>Settings and defaults</caption>
 * <tr><th>Setting</th><th>Default</th></tr>
 * <tr><td>{@link #addresses()}</td><td>{@code 127.0.0.1:5701}, {@code :5702}, {@code :5703}</td></tr>
 * <tr><td>{@link #groupName()} / {@link #groupPassword()}</td><td>{@code dev} / {@code dev-pass}</td></tr>
 * <tr><td>{@link #credentials()}</td><td>none: the group name and password are sent</td></tr>
 * <tr><td>{@link #smartRouting()}</td><td>true</td></tr>
 * <tr><td>{@link #connectionTimeout()}</td><td>5 s</td></tr>
 * <tr><td>{@link #clusterConnectTimeout()}</td><td>20 s</td></tr>
 * <tr><td>{@link #reconnectBackoff()}</td><td>{@link Backoff#defaults()}: 100 ms doubling up to 5 s, 20 %
 * jitter</td></tr>
 * <tr><td>{@link #reconnect()}</td><td>true</td></tr>
 * <tr><td>{@link #whenDisconnected()}</td><td>{@link WhenDisconnected#WAIT}</td></tr>
 * <tr><td>{@link #invocationTimeout()}</td><td>120 s</td></tr>
 * <tr><td>{@link #invocationRetryPause()}</td><td>1 s</td></tr>
 * <tr><td>{@link #redoOperation()}</td><td>false</td></tr>
 * <tr><td>{@link #heartbeatInterval()} / {@link #heartbeatTimeout()}</td><td>5 s / 60 s</td></tr>
 * <tr><td>{@link #eventThreadCount()}</td><td>5</td></tr>
 * <tr><td>{@link #maxFrameSize()}</td><td>{@link #UNLIMITED_FRAME_SIZE}: never fragment</td></tr>
 * <tr><td>{@link #clientName()}</td><td>{@code alder.client}</td></tr>
 * <tr><td>{@link #labels()}</td><td>none</td></tr>
 * <tr><td>{@link #serialization()}</td><td>{@link SerializationConfig#defaults()}</td></tr>
 * <tr><td>{@link #reliableTopic(String)}</td><td>{@link ReliableTopicConfig#DEFAULT}: batches of 10,
 * {@link TopicOverloadPolicy#BLOCK}</td></tr>
 * </table>
 */
public final class ClientConfig {

    /** The port a member listens on unless configured otherwise. */
    public static final int DEFAULT_PORT = 5701;

    /** {@link #maxFrameSize()} that never fragments, as 3.12 clients do. */
    public static final int UNLIMITED_FRAME_SIZE = Integer.MAX_VALUE;

    /** The smallest {@link #maxFrameSize()}: a frame header and one payload byte. */
    public static final int MIN_FRAME_SIZE = 23;

    private static final List<InetSocketAddress> DEFAULT_ADDRESSES = List.of(
            InetSocketAddress.createUnresolved("127.0.0.1", DEFAULT_PORT),
            InetSocketAddress.createUnresolved("127.0.0.1", DEFAULT_PORT + 1),
            InetSocketAddress.createUnresolved("127.0.0.1", DEFAULT_PORT + 2));

    private final List<InetSocketAddress> addresses;
    private final String groupName;
    private final String groupPassword;
    private final Object credentials;
    private final boolean smartRouting;
    private final Duration connectionTimeout;
    private final Duration clusterConnectTimeout;
    private final Backoff reconnectBackoff;
    private final boolean reconnect;
    private final WhenDisconnected whenDisconnected;
    private final Duration invocationTimeout;
    private final Duration invocationRetryPause;
    private final boolean redoOperation;
    private final Duration heartbeatInterval;
    private final Duration heartbeatTimeout;
    private final int eventThreadCount;
    private final int maxFrameSize;
    private final String clientName;
    private final List<String> labels;
    private final SerializationConfig serialization;
    private final Map<String, ReliableTopicConfig> reliableTopics;

    private ClientConfig(Builder builder) {
        this.addresses = builder.addresses.isEmpty() ? DEFAULT_ADDRESSES : List.copyOf(builder.addresses);
        this.groupName = builder.groupName;
        this.groupPassword = builder.groupPassword;
        this.credentials = builder.credentials;
        this.smartRouting = builder.smartRouting;
        this.connectionTimeout = builder.connectionTimeout;
        this.clusterConnectTimeout = builder.clusterConnectTimeout;
        this.reconnectBackoff = builder.reconnectBackoff;
        this.reconnect = builder.reconnect;
        this.whenDisconnected = builder.whenDisconnected;
        this.invocationTimeout = builder.invocationTimeout;
        this.invocationRetryPause = builder.invocationRetryPause;
        this.redoOperation = builder.redoOperation;
        this.heartbeatInterval = builder.heartbeatInterval;
        this.heartbeatTimeout = builder.heartbeatTimeout;
        this.eventThreadCount = builder.eventThreadCount;
        this.maxFrameSize = builder.maxFrameSize;
        this.clientName = builder.clientName;
        this.labels = List.copyOf(builder.labels);
        this.serialization = builder.serialization;
        this.reliableTopics = Map.copyOf(builder.reliableTopics);
    }

    /** A builder with every setting at its default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The configuration with every setting at its default. */
    public static ClientConfig defaults() {
        return builder().build();
    }

    /** A builder that starts from this configuration's settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        if (addresses != DEFAULT_ADDRESSES) {
            builder.addresses.addAll(addresses);
        }
        builder.credentials = credentials;
        builder.reliableTopics.putAll(reliableTopics);
        return builder.groupName(groupName).groupPassword(groupPassword).smartRouting(smartRouting)
                .connectionTimeout(connectionTimeout).clusterConnectTimeout(clusterConnectTimeout)
                .reconnectBackoff(reconnectBackoff).reconnect(reconnect).whenDisconnected(whenDisconnected)
                .invocationTimeout(invocationTimeout).invocationRetryPause(invocationRetryPause)
                .redoOperation(redoOperation).heartbeatInterval(heartbeatInterval)
                .heartbeatTimeout(heartbeatTimeout).eventThreadCount(eventThreadCount).maxFrameSize(maxFrameSize)
                .clientName(clientName).labels(labels).serialization(serialization);
    }

    /**
     * The member addresses tried, in order, to make the first connection; the cluster's member list is used
     * from then on. The addresses are unresolved: they are resolved when dialled.
     */
    public List<InetSocketAddress> addresses() {
        return addresses;
    }

    /** The cluster's group name, which members check when a client authenticates. */
    public String groupName() {
        return groupName;
    }

    /** The group password sent when authenticating (3.12 members without security ignore it). */
    public String groupPassword() {
        return groupPassword;
    }

    /**
     * The custom credentials object the client authenticates with ({@code Client.authenticationCustom}),
     * serialized with {@link #serialization()}; null when it authenticates with {@link #groupName()} and
     * {@link #groupPassword()}. 3.12 members accept custom credentials only with their enterprise security
     * feature; without it they refuse every client that sends some.
     */
    public Object credentials() {
        return credentials;
    }

    /**
     * Whether the client connects to every member and sends each key-bound request straight to the owner of
     * the key's partition (true), or sends everything through one connection (false, "unisocket").
     */
    public boolean smartRouting() {
        return smartRouting;
    }

    /** How long to wait for a TCP connection to a member to be established. */
    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    /**
     * How long the client keeps trying to reach its cluster, when it starts and after it lost it, before it
     * gives up: {@link AlderClient#connect} then fails with a {@link ClusterUnavailableException}, and a
     * connected client shuts down.
     */
    public Duration clusterConnectTimeout() {
        return clusterConnectTimeout;
    }

    /**
     * The pauses between two rounds of connection attempts, each round trying the known members and
     * {@link #addresses()} once; the rounds go on until {@link #clusterConnectTimeout()} has passed.
     */
    public Backoff reconnectBackoff() {
        return reconnectBackoff;
    }

    /** Whether the client reconnects after losing the cluster (false: it shuts down instead). */
    public boolean reconnect() {
        return reconnect;
    }

    /** What calls made while the client is reconnecting do: wait for the cluster, or fail at once. */
    public WhenDisconnected whenDisconnected() {
        return whenDisconnected;
    }

    /**
     * How long an operation may take, retries included, before it fails with a timeout. Operations that
     * wait by design (a lock, a {@code tryPut} with a timeout) get their own waiting time on top.
     */
    public Duration invocationTimeout() {
        return invocationTimeout;
    }

    /** The longest pause between two attempts of a retried operation. */
    public Duration invocationRetryPause() {
        return invocationRetryPause;
    }

    /**
     * Whether every operation is retried after a lost connection, even those that may have been applied
     * already (a {@code put} may then be applied twice). When false only read-only and idempotent operations
     * are.
     */
    public boolean redoOperation() {
        return redoOperation;
    }

    /** How often an idle connection is pinged. */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /**
     * How long a connection may stay silent before the client closes it as dead; also how long a member may
     * take to answer an authentication.
     */
    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    /** How many threads run listener callbacks. */
    public int eventThreadCount() {
        return eventThreadCount;
    }

    /**
     * The largest frame the client writes: longer messages are sent as fragments (BEGIN, ..., END), which
     * Alder members and 3.12 members reassemble. {@link #UNLIMITED_FRAME_SIZE} never fragments.
     */
    public int maxFrameSize() {
        return maxFrameSize;
    }

    /** The name the client gives itself when it authenticates. */
    public String clientName() {
        return clientName;
    }

    /** Labels the client presents to members when it authenticates. */
    public List<String> labels() {
        return labels;
    }

    /** How keys, values, credentials and other user objects are serialized: factories, serializers, byte order. */
    public SerializationConfig serialization() {
        return serialization;
    }

    /** How the reliable topic {@code topicName} behaves in this client: as set for that name, or the default. */
    public ReliableTopicConfig reliableTopic(String topicName) {
        return reliableTopics.getOrDefault(topicName, ReliableTopicConfig.DEFAULT);
    }

    /** The settings, without secrets: neither the password nor the credentials object is shown. */
    @Override
    public String toString() {
        return "ClientConfig{addresses=" + addresses + ", groupName=" + groupName + ", credentials="
                + (credentials == null ? "group" : credentials.getClass().getName()) + ", smartRouting=" + smartRouting
                + ", connectionTimeout=" + connectionTimeout + ", clusterConnectTimeout=" + clusterConnectTimeout
                + ", reconnectBackoff=" + reconnectBackoff + ", reconnect=" + reconnect + ", whenDisconnected="
                + whenDisconnected + ", invocationTimeout=" + invocationTimeout + ", invocationRetryPause="
                + invocationRetryPause + ", redoOperation=" + redoOperation + ", heartbeatInterval="
                + heartbeatInterval + ", heartbeatTimeout=" + heartbeatTimeout + ", eventThreadCount="
                + eventThreadCount + ", maxFrameSize=" + maxFrameSize + ", clientName=" + clientName + ", labels="
                + labels + "}";
    }

    /** Collects settings; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {

        private final List<InetSocketAddress> addresses = new ArrayList<>();
        private String groupName = "dev";
        private String groupPassword = "dev-pass";
        private Object credentials;
        private boolean smartRouting = true;
        private Duration connectionTimeout = Duration.ofSeconds(5);
        private Duration clusterConnectTimeout = Duration.ofSeconds(20);
        private Backoff reconnectBackoff = Backoff.defaults();
        private boolean reconnect = true;
        private WhenDisconnected whenDisconnected = WhenDisconnected.WAIT;
        private Duration invocationTimeout = Duration.ofSeconds(120);
        private Duration invocationRetryPause = Duration.ofSeconds(1);
        private boolean redoOperation;
        private Duration heartbeatInterval = Duration.ofSeconds(5);
        private Duration heartbeatTimeout = Duration.ofSeconds(60);
        private int eventThreadCount = 5;
        private int maxFrameSize = UNLIMITED_FRAME_SIZE;
        private String clientName = "alder.client";
        private final List<String> labels = new ArrayList<>();
        private SerializationConfig serialization = SerializationConfig.defaults();
        private final Map<String, ReliableTopicConfig> reliableTopics = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a member address to {@link ClientConfig#addresses()}. Default: none added, which means
         * {@code 127.0.0.1} on ports 5701, 5702 and 5703.
         *
         * @throws IllegalArgumentException if the port is not in 1..65535
         */
        public Builder address(String host, int port) {
            requireRange("port", port, 1, 65535);
            addresses.add(InetSocketAddress.createUnresolved(Objects.requireNonNull(host, "host"), port));
            return this;
        }

        /**
         * Adds a member address written {@code host:port}, {@code host} (port 5701), {@code [ipv6]:port} or
         * {@code [ipv6]}, like {@link #address(String, int)}.
         *
         * @throws IllegalArgumentException if the address is malformed or the port is not in 1..65535
         */
        public Builder address(String hostAndPort) {
            Objects.requireNonNull(hostAndPort, "hostAndPort");
            String host = hostAndPort;
            String port = null;
            if (hostAndPort.startsWith("[")) {
                int close = hostAndPort.indexOf(']');
                String rest = close < 0 ? "" : hostAndPort.substring(close + 1);
                if (close < 0 || !(rest.isEmpty() || rest.startsWith(":"))) {
                    throw new IllegalArgumentException("address: " + hostAndPort + " (expected: [ipv6]:port)");
                }
                host = hostAndPort.substring(1, close);
                port = rest.isEmpty() ? null : rest.substring(1);
            } else if (hostAndPort.indexOf(':') >= 0 && hostAndPort.indexOf(':') == hostAndPort.lastIndexOf(':')) {
                host = hostAndPort.substring(0, hostAndPort.indexOf(':'));
                port = hostAndPort.substring(hostAndPort.indexOf(':') + 1);
            }
            return address(host, port == null ? DEFAULT_PORT : parsePort(hostAndPort, port));
        }

        private static int parsePort(String address, String port) {
            try {
                return Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("address: " + address + " (expected: host:port)", e);
            }
        }

        /** Sets {@link ClientConfig#groupName()}. Default: {@code dev}. */
        public Builder groupName(String groupName) {
            this.groupName = Objects.requireNonNull(groupName, "groupName");
            return this;
        }

        /** Sets {@link ClientConfig#groupPassword()}. Default: {@code dev-pass}. */
        public Builder groupPassword(String groupPassword) {
            this.groupPassword = Objects.requireNonNull(groupPassword, "groupPassword");
            return this;
        }

        /**
         * Sets {@link ClientConfig#credentials()}: the client then authenticates with this object instead of
         * the group name and password. It must be serializable with {@link ClientConfig#serialization()}
         * (a {@code Portable} or {@code IdentifiedDataSerializable} with its factory registered, a
         * {@code Serializable}, ...), else {@link AlderClient#connect} fails. Default: none.
         */
        public Builder credentials(Object credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Sets {@link ClientConfig#smartRouting()}. Default: true. */
        public Builder smartRouting(boolean smartRouting) {
            this.smartRouting = smartRouting;
            return this;
        }

        /** Sets {@link ClientConfig#connectionTimeout()}; must be positive. Default: 5 s. */
        public Builder connectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = requirePositive("connectionTimeout", connectionTimeout);
            return this;
        }

        /** Sets {@link ClientConfig#clusterConnectTimeout()}; must be positive. Default: 20 s. */
        public Builder clusterConnectTimeout(Duration clusterConnectTimeout) {
            this.clusterConnectTimeout = requirePositive("clusterConnectTimeout", clusterConnectTimeout);
            return this;
        }

        /**
         * Sets {@link ClientConfig#reconnectBackoff()}. Default: {@link Backoff#defaults()}, 100 ms doubling up
         * to 5 s, with 20 % jitter.
         */
        public Builder reconnectBackoff(Backoff reconnectBackoff) {
            this.reconnectBackoff = Objects.requireNonNull(reconnectBackoff, "reconnectBackoff");
            return this;
        }

        /** Sets {@link ClientConfig#reconnect()}. Default: true. */
        public Builder reconnect(boolean reconnect) {
            this.reconnect = reconnect;
            return this;
        }

        /** Sets {@link ClientConfig#whenDisconnected()}. Default: {@link WhenDisconnected#WAIT}. */
        public Builder whenDisconnected(WhenDisconnected whenDisconnected) {
            this.whenDisconnected = Objects.requireNonNull(whenDisconnected, "whenDisconnected");
            return this;
        }

        /** Sets {@link ClientConfig#invocationTimeout()}; must be positive. Default: 120 s. */
        public Builder invocationTimeout(Duration invocationTimeout) {
            this.invocationTimeout = requirePositive("invocationTimeout", invocationTimeout);
            return this;
        }

        /** Sets {@link ClientConfig#invocationRetryPause()}; must not be negative. Default: 1 s. */
        public Builder invocationRetryPause(Duration invocationRetryPause) {
            this.invocationRetryPause = requireNotNegative("invocationRetryPause", invocationRetryPause);
            return this;
        }

        /** Sets {@link ClientConfig#redoOperation()}. Default: false. */
        public Builder redoOperation(boolean redoOperation) {
            this.redoOperation = redoOperation;
            return this;
        }

        /** Sets {@link ClientConfig#heartbeatInterval()}; must be positive. Default: 5 s. */
        public Builder heartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = requirePositive("heartbeatInterval", heartbeatInterval);
            return this;
        }

        /**
         * Sets {@link ClientConfig#heartbeatTimeout()}; must be positive and, by {@link #build()}, longer than
         * the interval. Default: 60 s.
         */
        public Builder heartbeatTimeout(Duration heartbeatTimeout) {
            this.heartbeatTimeout = requirePositive("heartbeatTimeout", heartbeatTimeout);
            return this;
        }

        /** Sets {@link ClientConfig#eventThreadCount()}; 1..1024. Default: 5. */
        public Builder eventThreadCount(int eventThreadCount) {
            this.eventThreadCount = requireRange("eventThreadCount", eventThreadCount, 1, 1024);
            return this;
        }

        /**
         * Sets {@link ClientConfig#maxFrameSize()}; at least {@link #MIN_FRAME_SIZE}. Default:
         * {@link #UNLIMITED_FRAME_SIZE}, never fragment.
         */
        public Builder maxFrameSize(int maxFrameSize) {
            this.maxFrameSize = requireRange("maxFrameSize", maxFrameSize, MIN_FRAME_SIZE, UNLIMITED_FRAME_SIZE);
            return this;
        }

        /** Sets {@link ClientConfig#clientName()}. Default: {@code alder.client}. */
        public Builder clientName(String clientName) {
            this.clientName = Objects.requireNonNull(clientName, "clientName");
            return this;
        }

        /** Replaces {@link ClientConfig#labels()}. Default: none. */
        public Builder labels(List<String> labels) {
            this.labels.clear();
            labels.forEach(label -> this.labels.add(Objects.requireNonNull(label, "label")));
            return this;
        }

        /** Sets {@link ClientConfig#serialization()}. Default: {@link SerializationConfig#defaults()}. */
        public Builder serialization(SerializationConfig serialization) {
            this.serialization = Objects.requireNonNull(serialization, "serialization");
            return this;
        }

        /**
         * Sets {@link ClientConfig#reliableTopic(String)} for the reliable topic {@code topicName}. Default:
         * {@link ReliableTopicConfig#DEFAULT} for every topic.
         */
        public Builder reliableTopic(String topicName, ReliableTopicConfig config) {
            reliableTopics.put(Objects.requireNonNull(topicName, "topicName"),
                    Objects.requireNonNull(config, "config"));
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException if the heartbeat timeout is not longer than the heartbeat interval
         */
        public ClientConfig build() {
            if (heartbeatTimeout.compareTo(heartbeatInterval) <= 0) {
                throw new IllegalArgumentException("heartbeatTimeout: " + heartbeatTimeout
                        + " (expected: > heartbeatInterval " + heartbeatInterval + ")");
            }
            return new ClientConfig(this);
        }

        private static Duration requirePositive(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
            }
            return value;
        }

        private static Duration requireNotNegative(String name, Duration value) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + ": " + value + " (expected: >= 0)");
            }
            return value;
        }

        private static int requireRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + ": " + value + " (expected: " + min + ".." + max + ")");
            }
            return value;
        }
    }
}
