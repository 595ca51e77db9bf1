package io.alder.server.geode;

import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.geode.GeodeTestClient;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The members of one Geode test class, one per {@link Security} mode, each started on first use from the
 * class's configuration and closed after the class. Register as a static {@code @RegisterExtension} field.
 */
final class GeodeMembers implements AfterAllCallback {

    /** Whether the member requires credentials: Alder's default, or not. */
    enum Security { SECURED, UNSECURED }

    static final String GROUP_NAME = "dev";
    static final String GROUP_PASSWORD = "dev-pass";

    private final UnaryOperator<ServerConfig.Builder> configuration;
    private final Map<Security, AlderServer> started = new EnumMap<>(Security.class);

    /** Members on any free port, with the group {@value #GROUP_NAME}, configured further by {@code configuration}. */
    GeodeMembers(UnaryOperator<ServerConfig.Builder> configuration) {
        this.configuration = configuration;
    }

    synchronized AlderServer member(Security security) {
        return started.computeIfAbsent(security, mode -> AlderServer.start(configuration.apply(ServerConfig.builder()
                .port(0).groupName(GROUP_NAME).groupPassword(GROUP_PASSWORD)
                .securityEnabled(mode == Security.SECURED)).build()));
    }

    /** A client that negotiated the version and, on a secured member, authenticated with the group's credentials. */
    GeodeTestClient client(Security security) throws IOException {
        AlderServer member = member(security);
        return security == Security.SECURED ? GeodeTestClient.open(member.address(), GROUP_NAME, GROUP_PASSWORD)
                : GeodeTestClient.open(member.address());
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        started.values().forEach(AlderServer::close);
        started.clear();
    }
}
