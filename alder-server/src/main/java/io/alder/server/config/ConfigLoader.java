package io.alder.server.config;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.alder.member.multimap.ValueCollectionType;
import io.alder.member.ringbuffer.InMemoryFormat;
import io.alder.member.ringbuffer.RingbufferConfig;
import io.alder.member.semaphore.SemaphoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Reads a member's YAML file. Every key is optional and falls back to the default of
 * {@link ServerConfig#builder()}; an unknown key or a value of the wrong type is an error that names it,
 * because a misspelt setting silently ignored is worse than a failed start.
 *
 * <pre>
 * host: 127.0.0.1
 * port: 5701
 * group:
 *   name: dev
 *   password: dev-pass
 * partition-count: 271
 * heartbeat-timeout-seconds: 300
 * client-cleanup-delay-seconds: 60
 * max-frame-bytes:
 *   unauthenticated: 65536
 *   authenticated: 16777216
 * log-level: INFO
 * member-attributes:
 *   zone: a
 * queue:
 *   default:
 *     max-size: 0
 *   jobs-*:
 *     max-size: 10
 * set:
 *   tags-*:
 *     max-size: 100
 * list:
 *   default:
 *     max-size: 1000
 * ringbuffer:
 *   default:
 *     capacity: 10000
 *   events-*:
 *     capacity: 500
 *     time-to-live-seconds: 60
 *     in-memory-format: BINARY
 * multimap:
 *   default:
 *     value-collection-type: SET
 *   history-*:
 *     value-collection-type: LIST
 * semaphore:
 *   default:
 *     initial-permits: 0
 *   pool-*:
 *     initial-permits: 3
 * security:
 *   enabled: true
 * member-name: alder-1
 * geode:
 *   enabled: true
 *   port: 40404
 *   idle-timeout-seconds: 60
 *   create-regions-on-write: true
 *   regions: [orders, customers]
 *   groups: [eu]
 * </pre>
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    /** Loads a file on top of the defaults. */
    public static ServerConfig load(Path file) throws IOException {
        return apply(ServerConfig.builder(), Files.readString(file), file.toString()).build();
    }

    /** Applies YAML text to a builder; {@code source} names the text in errors. */
    public static ServerConfig.Builder apply(ServerConfig.Builder builder, String yaml, String source) throws IOException {
        JsonNode root = YAML.readTree(yaml);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return builder;
        }
        object(root, "", source, Map.ofEntries(
                entry("host", (key, node) -> builder.host(text(node, key, source))),
                entry("port", (key, node) -> builder.port(integer(node, key, source))),
                entry("group", (key, node) -> object(node, key + ".", source, Map.of(
                        "name", (k, n) -> builder.groupName(text(n, k, source)),
                        "password", (k, n) -> builder.groupPassword(text(n, k, source))))),
                entry("partition-count", (key, node) -> builder.partitionCount(integer(node, key, source))),
                entry("heartbeat-timeout-seconds", (key, node) -> builder.heartbeatTimeout(seconds(node, key, source))),
                entry("client-cleanup-delay-seconds",
                        (key, node) -> builder.clientCleanupDelay(seconds(node, key, source))),
                entry("max-frame-bytes", (key, node) -> object(node, key + ".", source, Map.of(
                        "unauthenticated", (k, n) -> builder.maxUnauthenticatedFrameBytes(integer(n, k, source)),
                        "authenticated", (k, n) -> builder.maxFrameBytes(integer(n, k, source))))),
                entry("log-level", (key, node) -> builder.logLevel(text(node, key, source))),
                entry("member-attributes", (key, node) -> builder.memberAttributes(textMap(node, key, source))),
                entry("queue", (key, node) -> builder.queueMaxSizes(
                        byName(node, key, source, "queue", ConfigLoader::maxSize))),
                entry("set", (key, node) -> builder.setMaxSizes(
                        byName(node, key, source, "set", ConfigLoader::maxSize))),
                entry("list", (key, node) -> builder.listMaxSizes(
                        byName(node, key, source, "list", ConfigLoader::maxSize))),
                entry("ringbuffer", (key, node) -> builder.ringbuffers(
                        byName(node, key, source, "ringbuffer", ConfigLoader::ringbuffer))),
                entry("multimap", (key, node) -> builder.multiMapCollectionTypes(
                        byName(node, key, source, "multimap", ConfigLoader::valueCollectionType))),
                entry("semaphore", (key, node) -> builder.semaphores(
                        byName(node, key, source, "semaphore", ConfigLoader::semaphore))),
                entry("security", (key, node) -> object(node, key + ".", source, Map.of(
                        "enabled", (k, n) -> builder.securityEnabled(bool(n, k, source))))),
                entry("member-name", (key, node) -> builder.memberName(text(node, key, source))),
                entry("geode", (key, node) -> builder.geode(geode(node, key, source)))));
        return builder;
    }

    /** The {@code geode} section, starting from the defaults. */
    private static GeodeConfig geode(JsonNode node, String key, String source) {
        GeodeConfig[] config = {GeodeConfig.DEFAULTS};
        object(node, key + ".", source, Map.of(
                "enabled", (k, n) -> config[0] = config[0].withEnabled(bool(n, k, source)),
                "port", (k, n) -> config[0] = valid(k, source, () -> config[0].withPort(nonNegative(n, k, source))),
                "idle-timeout-seconds", (k, n) -> config[0] = config[0].withIdleTimeout(positiveSeconds(n, k, source)),
                "create-regions-on-write", (k, n) -> config[0] = config[0].withCreateRegionsOnWrite(bool(n, k, source)),
                "regions", (k, n) -> config[0] = config[0].withRegions(texts(n, k, source)),
                "groups", (k, n) -> config[0] = config[0].withGroups(Set.copyOf(texts(n, k, source)))));
        return config[0];
    }

    /** Reads the settings of one structure, named by {@code key} in errors. */
    @FunctionalInterface
    private interface SettingsReader<T> {
        T read(JsonNode node, String key, String source);
    }

    /** A mapping of structure names, name patterns or {@code default} to their settings. */
    private static <T> Map<String, T> byName(JsonNode node, String key, String source, String structure,
            SettingsReader<T> settings) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be a mapping of " + structure
                    + " names to their settings");
        }
        Map<String, T> byName = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> byName.put(field.getKey(),
                settings.read(field.getValue(), key + "." + field.getKey(), source)));
        return byName;
    }

    /** One semaphore's settings, e.g. {@code initial-permits: 3}. */
    private static SemaphoreSettings semaphore(JsonNode node, String key, String source) {
        int[] initialPermits = {SemaphoreSettings.DEFAULTS.initialPermits()};
        object(node, key + ".", source, Map.of(
                "initial-permits", (k, n) -> initialPermits[0] = nonNegative(n, k, source)));
        return new SemaphoreSettings(initialPermits[0]);
    }

    /** One ringbuffer's settings, starting from 3.12's defaults. */
    private static RingbufferConfig ringbuffer(JsonNode node, String key, String source) {
        RingbufferConfig[] config = {RingbufferConfig.DEFAULT};
        object(node, key + ".", source, Map.of(
                "capacity", (k, n) -> config[0] = valid(k, source,
                        () -> config[0].withCapacity(integer(n, k, source))),
                "time-to-live-seconds", (k, n) -> config[0] = valid(k, source,
                        () -> config[0].withTimeToLiveSeconds(integer(n, k, source))),
                "in-memory-format", (k, n) -> config[0] = config[0].withInMemoryFormat(inMemoryFormat(n, k, source))));
        return config[0];
    }

    /** Applies a change whose validation names no key, naming it in the error. */
    private static <T> T valid(String key, String source, Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": '" + key + "': " + e.getMessage(), e);
        }
    }

    private static InMemoryFormat inMemoryFormat(JsonNode node, String key, String source) {
        return constant(InMemoryFormat.values(), node, key, source);
    }

    /**
     * One multimap's {@code value-collection-type}; without one the multimap keeps a SET, as 3.12's multimap
     * configuration without it does.
     */
    private static ValueCollectionType valueCollectionType(JsonNode node, String key, String source) {
        ValueCollectionType[] type = {ValueCollectionType.SET};
        object(node, key + ".", source, Map.of("value-collection-type",
                (k, n) -> type[0] = constant(ValueCollectionType.values(), n, k, source)));
        return type[0];
    }

    /** The constant of {@code constants} that the text names, in any case. */
    private static <E extends Enum<E>> E constant(E[] constants, JsonNode node, String key, String source) {
        String text = text(node, key, source);
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(source + ": '" + key + "' must be one of " + Arrays.toString(constants)
                + ", got " + text);
    }

    private static void object(JsonNode node, String prefix, String source, Map<String, BiConsumer<String, JsonNode>> keys) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(source + ": " + (prefix.isEmpty() ? "the file" : prefix.substring(0,
                    prefix.length() - 1)) + " must be a mapping");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            BiConsumer<String, JsonNode> setter = keys.get(field.getKey());
            if (setter == null) {
                throw new IllegalArgumentException(source + ": unknown key '" + prefix + field.getKey()
                        + "' (known: " + String.join(", ", Set.copyOf(keys.keySet())) + ")");
            }
            setter.accept(prefix + field.getKey(), field.getValue());
        }
    }

    private static String text(JsonNode node, String key, String source) {
        if (!node.isTextual() && !node.isNumber()) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be text");
        }
        return node.asText();
    }

    private static boolean bool(JsonNode node, String key, String source) {
        if (!node.isBoolean()) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be true or false, got " + node);
        }
        return node.booleanValue();
    }

    private static List<String> texts(JsonNode node, String key, String source) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be a list");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String text = text(node.get(i), key + "[" + i + "]", source);
            if (text.isEmpty() || text.startsWith("/")) {
                throw new IllegalArgumentException(source + ": '" + key + "[" + i + "]' must be a name without '/', got '"
                        + text + "'");
            }
            texts.add(text);
        }
        return texts;
    }

    private static Duration positiveSeconds(JsonNode node, String key, String source) {
        int seconds = integer(node, key, source);
        if (seconds <= 0) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be positive, got " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    private static Map<String, String> textMap(JsonNode node, String key, String source) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be a mapping of names to text");
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> values.put(field.getKey(),
                text(field.getValue(), key + "." + field.getKey(), source)));
        return values;
    }

    /**
     * One queue's, set's or list's {@code max-size}; without one it is unbounded, as a 3.12 configuration
     * without {@code max-size} is.
     */
    private static int maxSize(JsonNode node, String key, String source) {
        int[] maxSize = {0};
        object(node, key + ".", source, Map.of("max-size", (k, n) -> maxSize[0] = integer(n, k, source)));
        return maxSize[0];
    }

    private static int integer(JsonNode node, String key, String source) {
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be a whole number, got " + node);
        }
        return node.intValue();
    }

    private static int nonNegative(JsonNode node, String key, String source) {
        int value = integer(node, key, source);
        if (value < 0) {
            throw new IllegalArgumentException(source + ": '" + key + "' must not be negative, got " + value);
        }
        return value;
    }

    private static Duration seconds(JsonNode node, String key, String source) {
        return Duration.ofSeconds(integer(node, key, source));
    }
}
