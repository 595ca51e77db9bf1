package io.alder.geodecompat;

import io.alder.server.AlderServer;
import io.alder.server.config.GeodeConfig;
import io.alder.server.config.ServerConfig;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Starts an Alder member; runs inside {@link AlderClassLoader}, so it takes and returns JDK types only: whether
 * security is on and the regions that exist from the start, and gives the main port's address with the member.
 * The member serves Geode clients on its main port, which also answers as their locator, and on a dedicated
 * Geode port that the locator names, the split of a Geode locator and cache server.
 */
public final class AlderMemberLauncher
        implements BiFunction<Boolean, List<String>, Map.Entry<InetSocketAddress, AutoCloseable>> {

    @Override
    public Map.Entry<InetSocketAddress, AutoCloseable> apply(Boolean securityEnabled, List<String> regions) {
        ServerConfig config = ServerConfig.builder()
                .port(0)
                .memberName(ServerUnderTest.MEMBER_NAME)
                .securityEnabled(securityEnabled)
                .geode(GeodeConfig.DEFAULTS.withPort(0).withRegions(regions))
                .build();
        AlderServer member = AlderServer.start(config);
        return Map.entry(member.address(), member);
    }
}
