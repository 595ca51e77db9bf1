package io.alder.geodecompat;

import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.geode.experimental.driver.Driver;
import org.apache.geode.experimental.driver.DriverFactory;

/**
 * One server of each kind with the same regions and security, and a driver connected to each (with
 * {@link ServerUnderTest#USERNAME}'s credentials when secured) for the scenarios to share.
 */
final class ServerPair implements AutoCloseable {

    private final Map<ServerKind, ServerUnderTest> servers = new EnumMap<>(ServerKind.class);
    private final Map<ServerKind, Driver> drivers = new EnumMap<>(ServerKind.class);
    private final boolean secured;

    private ServerPair(boolean secured) {
        this.secured = secured;
    }

    static ServerPair start(boolean secured, List<String> regions) throws Exception {
        ServerPair pair = new ServerPair(secured);
        try {
            for (ServerKind kind : ServerKind.values()) {
                ServerUnderTest server = kind.start(secured, regions);
                pair.servers.put(kind, server);
                pair.drivers.put(kind, pair.connect(server.locator()));
            }
            return pair;
        } catch (Exception | Error e) {
            pair.close();
            throw e;
        }
    }

    /**
     * Connects Geode's driver through the locator at {@code locator}, with the credentials the servers accept
     * when they are secured, without any otherwise.
     */
    Driver connect(InetSocketAddress locator) throws Exception {
        return secured ? connect(locator, ServerUnderTest.USERNAME, ServerUnderTest.PASSWORD)
                : connect(locator, null, null);
    }

    /** Connects Geode's driver through the locator at {@code locator}; a null username sends no credentials. */
    static Driver connect(InetSocketAddress locator, String username, String password) throws Exception {
        return new DriverFactory().addLocator(locator.getHostString(), locator.getPort())
                .setUsername(username).setPassword(password).create();
    }

    ServerUnderTest server(ServerKind kind) {
        return servers.get(kind);
    }

    /** The shared driver connected to the server of {@code kind}. */
    Driver driver(ServerKind kind) {
        return drivers.get(kind);
    }

    @Override
    public void close() {
        drivers.values().forEach(Driver::close);
        servers.values().forEach(ServerUnderTest::close);
    }
}
