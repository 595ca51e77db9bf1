package io.alder.server.config;

import io.alder.geode.function.FunctionRegistry;
import io.alder.member.MaxSizes;
import io.alder.member.multimap.MultiMapSettings;
import io.alder.member.multimap.ValueCollectionType;
import io.alder.member.NamePatterns;
import io.alder.member.queue.QueueSettings;
import io.alder.member.ringbuffer.RingbufferConfig;
import io.alder.member.ringbuffer.RingbufferConfigs;
import io.alder.member.semaphore.SemaphoreSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a member is configured with, validated once; defaults live in {@link #builder()}. Loaded
 * from YAML by {@link ConfigLoader}; the README lists every key.
 */
public final class ServerConfig {

    private final String host;
    private final int port;
    private final String groupName;
    private final String groupPassword;
    private final int partitionCount;
    private final Duration heartbeatTimeout;
    private final Duration clientCleanupDelay;
    private final int maxUnauthenticatedFrameBytes;
    private final int maxFrameBytes;
    private final String logLevel;
    private final Map<String, String> memberAttributes;
    private final QueueSettings queues;
    private final RingbufferConfigs ringbuffers;
    private final MaxSizes sets;
    private final MaxSizes lists;
    private final MultiMapSettings multiMaps;
    private final NamePatterns<SemaphoreSettings> semaphores;
    private final boolean securityEnabled;
    private final String memberName;
    private final GeodeConfig geode;
    private final FunctionRegistry functions;

    private ServerConfig(Builder b) {
        this.host = Objects.requireNonNull(b.host, "host");
        this.port = b.port;
        this.groupName = Objects.requireNonNull(b.groupName, "group name");
        this.groupPassword = Objects.requireNonNull(b.groupPassword, "group password");
        this.partitionCount = b.partitionCount;
        this.heartbeatTimeout = Objects.requireNonNull(b.heartbeatTimeout, "heartbeat timeout");
        this.clientCleanupDelay = Objects.requireNonNull(b.clientCleanupDelay, "client cleanup delay");
        this.maxUnauthenticatedFrameBytes = b.maxUnauthenticatedFrameBytes;
        this.maxFrameBytes = b.maxFrameBytes;
        this.logLevel = Objects.requireNonNull(b.logLevel, "log level");
        this.memberAttributes = Map.copyOf(b.memberAttributes);
        this.queues = new QueueSettings(b.queueMaxSizes);
        this.ringbuffers = new RingbufferConfigs(b.ringbuffers);
        this.sets = new MaxSizes("set", b.setMaxSizes);
        this.lists = new MaxSizes("list", b.listMaxSizes);
        this.multiMaps = new MultiMapSettings(b.multiMapCollectionTypes);
        this.semaphores = new NamePatterns<>(b.semaphores, SemaphoreSettings.DEFAULTS);
        this.securityEnabled = b.securityEnabled;
        this.memberName = b.memberName;
        this.geode = Objects.requireNonNull(b.geode, "geode");
        this.functions = Objects.requireNonNull(b.functions, "functions");
        check(port >= 0 && port <= 65_535, "port: " + port + " (expected: 0..65535, 0 = any free port)");
        check(partitionCount >= 1 && partitionCount <= 65_535, "partition count: " + partitionCount + " (expected: 1..65535)");
        check(!heartbeatTimeout.isNegative() && !heartbeatTimeout.isZero(), "heartbeat timeout must be positive: " + heartbeatTimeout);
        check(!clientCleanupDelay.isNegative(), "client cleanup delay must not be negative: " + clientCleanupDelay);
        check(maxUnauthenticatedFrameBytes >= 64, "max unauthenticated frame bytes: " + maxUnauthenticatedFrameBytes + " (expected: >= 64)");
        check(maxFrameBytes >= maxUnauthenticatedFrameBytes, "max frame bytes: " + maxFrameBytes
                + " (expected: >= max unauthenticated frame bytes " + maxUnauthenticatedFrameBytes + ")");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder().host(host).port(port).groupName(groupName).groupPassword(groupPassword)
                .partitionCount(partitionCount).heartbeatTimeout(heartbeatTimeout)
                .clientCleanupDelay(clientCleanupDelay).maxUnauthenticatedFrameBytes(maxUnauthenticatedFrameBytes)
                .maxFrameBytes(maxFrameBytes).logLevel(logLevel).memberAttributes(memberAttributes)
                .queueMaxSizes(queues.maxSizes()).ringbuffers(ringbuffers.asMap())
                .setMaxSizes(sets.entries()).listMaxSizes(lists.entries())
                .multiMapCollectionTypes(multiMaps.collectionTypes()).semaphores(semaphores.entries())
                .securityEnabled(securityEnabled).memberName(memberName).geode(geode).functions(functions);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String groupName() {
        return groupName;
    }

    public String groupPassword() {
        return groupPassword;
    }

    public int partitionCount() {
        return partitionCount;
    }

    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    public Duration clientCleanupDelay() {
        return clientCleanupDelay;
    }

    public int maxUnauthenticatedFrameBytes() {
        return maxUnauthenticatedFrameBytes;
    }

    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    public String logLevel() {
        return logLevel;
    }

    /** Attributes this member starts with; clients see them in member lists. */
    public Map<String, String> memberAttributes() {
        return memberAttributes;
    }

    /** The capacity of each queue, by queue name or name pattern. */
    public QueueSettings queues() {
        return queues;
    }

    /** Ringbuffer settings by name or name pattern (see {@link RingbufferConfigs}); none by default. */
    public RingbufferConfigs ringbuffers() {
        return ringbuffers;
    }

    /** The capacity of each set, by set name or name pattern (3.12's set {@code max-size}). */
    public MaxSizes sets() {
        return sets;
    }

    /** The capacity of each list, by list name or name pattern (3.12's list {@code max-size}). */
    public MaxSizes lists() {
        return lists;
    }

    /** The value collection type of each multimap, by multimap name or name pattern; SET by default. */
    public MultiMapSettings multiMaps() {
        return multiMaps;
    }

    /**
     * The settings of semaphores, by name or name pattern (see {@link NamePatterns});
     * {@link SemaphoreSettings#DEFAULTS} for a name no entry covers.
     */
    public NamePatterns<SemaphoreSettings> semaphores() {
        return semaphores;
    }

    /**
     * Whether clients must present the group password: Hazelcast clients the group name and password, Geode
     * clients the same as {@code security-username} and {@code security-password}. Without security, Hazelcast
     * clients need the right group name only (as on a 3.12 member) and Geode clients no credentials at all.
     */
    public boolean securityEnabled() {
        return securityEnabled;
    }

    /** The member's name, or null for its default: {@code host:port} of the main port. */
    public String memberName() {
        return memberName;
    }

    /** How Geode protobuf clients are served. */
    public GeodeConfig geode() {
        return geode;
    }

    /** The functions Geode clients can run: those on the class path unless set otherwise. */
    public FunctionRegistry functions() {
        return functions;
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 5701;
        private String groupName = "dev";
        private String groupPassword = "dev-pass";
        private int partitionCount = 271;
        private Duration heartbeatTimeout = Duration.ofSeconds(300);
        private Duration clientCleanupDelay = Duration.ofSeconds(60);
        private int maxUnauthenticatedFrameBytes = 64 * 1024;
        private int maxFrameBytes = 16 * 1024 * 1024;
        private String logLevel = "INFO";
        private Map<String, String> memberAttributes = Map.of();
        private Map<String, Integer> queueMaxSizes = Map.of();
        private Map<String, RingbufferConfig> ringbuffers = Map.of();
        private Map<String, Integer> setMaxSizes = Map.of();
        private Map<String, Integer> listMaxSizes = Map.of();
        private Map<String, ValueCollectionType> multiMapCollectionTypes = Map.of();
        private Map<String, SemaphoreSettings> semaphores = Map.of();
        private boolean securityEnabled = true;
        private String memberName;
        private GeodeConfig geode = GeodeConfig.DEFAULTS;
        private FunctionRegistry functions = FunctionRegistry.discover();

        private Builder() {
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder groupName(String value) {
            groupName = value;
            return this;
        }

        public Builder groupPassword(String value) {
            groupPassword = value;
            return this;
        }

        public Builder partitionCount(int value) {
            partitionCount = value;
            return this;
        }

        public Builder heartbeatTimeout(Duration value) {
            heartbeatTimeout = value;
            return this;
        }

        public Builder clientCleanupDelay(Duration value) {
            clientCleanupDelay = value;
            return this;
        }

        public Builder maxUnauthenticatedFrameBytes(int value) {
            maxUnauthenticatedFrameBytes = value;
            return this;
        }

        public Builder maxFrameBytes(int value) {
            maxFrameBytes = value;
            return this;
        }

        public Builder logLevel(String value) {
            logLevel = value;
            return this;
        }

        public Builder memberAttributes(Map<String, String> value) {
            memberAttributes = value;
            return this;
        }

        /**
         * The most items each queue holds, by queue name or name pattern, as 3.12's queue {@code max-size}:
         * see {@link QueueSettings}; 0 means unbounded, and queues no entry covers are unbounded.
         */
        public Builder queueMaxSizes(Map<String, Integer> value) {
            queueMaxSizes = value;
            return this;
        }

        /** Ringbuffer settings by name, name pattern or {@code default}. */
        public Builder ringbuffers(Map<String, RingbufferConfig> value) {
            ringbuffers = value;
            return this;
        }

        /**
         * The most items each set holds, by set name or name pattern, as 3.12's set {@code max-size}: see
         * {@link MaxSizes}; 0 means unbounded, and sets no entry covers are unbounded.
         */
        public Builder setMaxSizes(Map<String, Integer> value) {
            setMaxSizes = value;
            return this;
        }

        /** The most items each list holds, by list name or name pattern, as {@link #setMaxSizes} for sets. */
        public Builder listMaxSizes(Map<String, Integer> value) {
            listMaxSizes = value;
            return this;
        }

        /**
         * The value collection type of each multimap, by multimap name or name pattern, as 3.12's multimap
         * {@code value-collection-type}: see {@link MultiMapSettings}; multimaps no entry covers keep SETs.
         */
        public Builder multiMapCollectionTypes(Map<String, ValueCollectionType> value) {
            multiMapCollectionTypes = value;
            return this;
        }

        /** Semaphore settings by name, name pattern or {@code default}. */
        public Builder semaphores(Map<String, SemaphoreSettings> value) {
            semaphores = value;
            return this;
        }

        public Builder securityEnabled(boolean value) {
            securityEnabled = value;
            return this;
        }

        /** The member's name; null for {@code host:port}. */
        public Builder memberName(String value) {
            memberName = value;
            return this;
        }

        public Builder geode(GeodeConfig value) {
            geode = value;
            return this;
        }

        /** The functions Geode clients can run, e.g. {@code FunctionRegistry.discover().with(myFunction)}. */
        public Builder functions(FunctionRegistry value) {
            functions = value;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(this);
        }
    }
}
