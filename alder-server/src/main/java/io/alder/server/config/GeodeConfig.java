package io.alder.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the member serves Geode protobuf v1 clients (the README's {@code geode.*} keys).
 *
 * @param enabled whether the main port recognises Geode clients by their first byte and serves them
 * @param port a port for Geode clients only (Geode's default is 40404), 0 for any free port, -1 for none
 * @param idleTimeout a Geode connection with no complete message for this long is closed
 * @param createRegionsOnWrite whether Put, PutAll and PutIfAbsent create a region that does not exist yet
 * @param regions regions (maps) that exist from the start
 * @param groups the member groups this member belongs to
 */
public record GeodeConfig(boolean enabled, int port, Duration idleTimeout, boolean createRegionsOnWrite,
        List<String> regions, Set<String> groups) {

    /** Port value meaning "no dedicated port". */
    public static final int NO_PORT = -1;

    /** Served on the main port only, idle connections closed after 60 s, regions created by writes. */
    public static final GeodeConfig DEFAULTS = new GeodeConfig(true, NO_PORT, Duration.ofSeconds(60), true,
            List.of(), Set.of());

    public GeodeConfig {
        Objects.requireNonNull(idleTimeout, "idle timeout");
        regions = List.copyOf(regions);
        groups = Set.copyOf(groups);
        if (port < NO_PORT || port > 65_535) {
            throw new IllegalArgumentException("geode port: " + port + " (expected: 0..65535, 0 = any free port)");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("geode idle timeout must be positive: " + idleTimeout);
        }
        for (String region : regions) {
            if (region.isEmpty() || region.startsWith("/")) {
                throw new IllegalArgumentException("geode region names are written without '/': '" + region + "'");
            }
        }
    }

    public GeodeConfig withEnabled(boolean value) {
        return new GeodeConfig(value, port, idleTimeout, createRegionsOnWrite, regions, groups);
    }

    public GeodeConfig withPort(int value) {
        return new GeodeConfig(enabled, value, idleTimeout, createRegionsOnWrite, regions, groups);
    }

    public GeodeConfig withIdleTimeout(Duration value) {
        return new GeodeConfig(enabled, port, value, createRegionsOnWrite, regions, groups);
    }

    public GeodeConfig withCreateRegionsOnWrite(boolean value) {
        return new GeodeConfig(enabled, port, idleTimeout, value, regions, groups);
    }

    public GeodeConfig withRegions(List<String> value) {
        return new GeodeConfig(enabled, port, idleTimeout, createRegionsOnWrite, value, groups);
    }

    public GeodeConfig withGroups(Set<String> value) {
        return new GeodeConfig(enabled, port, idleTimeout, createRegionsOnWrite, regions, value);
    }
}
