package io.alder.geodecompat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Properties;
import org.apache.geode.cache.Cache;
import org.apache.geode.cache.CacheFactory;
import org.apache.geode.cache.RegionShortcut;
import org.apache.geode.cache.execute.FunctionService;
import org.apache.geode.cache.server.CacheServer;

/**
 * Starts real Geode 1.14.4 servers in the test JVM, as a Geode user runs one for protobuf clients: a member with an
 * embedded locator and a cache server, the protobuf protocol switched on, the regions as REPLICATE regions, the
 * {@link GeodeSumFunction} registered and, when secured, the {@link DevSecurityManager}. Everything binds to the
 * loopback interface. Geode allows one cache per JVM: close one server before starting the next.
 */
final class GeodeServer {

    private static final String HOST = "127.0.0.1";

    private GeodeServer() {
    }

    static ServerUnderTest start(boolean secured, List<String> regions) {
        // Geode's switch for the protocol, read by its cache servers and locators for each new connection.
        System.setProperty("geode.feature-protobuf-protocol", "true");
        InetSocketAddress locator = new InetSocketAddress(HOST, freePort());
        CacheFactory factory = new CacheFactory(properties(locator, secured));
        if (secured) {
            factory.setSecurityManager(new DevSecurityManager());
        }
        Cache cache = factory.create();
        try {
            regions.forEach(region -> cache.createRegionFactory(RegionShortcut.REPLICATE).create(region));
            FunctionService.registerFunction(new GeodeSumFunction());
            CacheServer server = cache.addCacheServer();
            server.setBindAddress(HOST);
            server.setHostnameForClients(HOST);
            server.setPort(0);
            server.start();
        } catch (IOException | RuntimeException e) {
            cache.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return new ServerUnderTest(ServerKind.GEODE, locator, () -> {
            FunctionService.unregisterFunction(GeodeSumFunction.ID);
            cache.close();
        });
    }

    private static Properties properties(InetSocketAddress locator, boolean secured) {
        String locatorSpec = HOST + "[" + locator.getPort() + "]";
        Properties properties = new Properties();
        properties.setProperty("name", ServerUnderTest.MEMBER_NAME);
        properties.setProperty("bind-address", HOST);
        properties.setProperty("mcast-port", "0");
        properties.setProperty("locators", locatorSpec);
        properties.setProperty("start-locator", locatorSpec);
        properties.setProperty("enable-cluster-configuration", "false");
        properties.setProperty("jmx-manager", "false");
        properties.setProperty("http-service-port", "0");
        if (secured) {
            // The member joins its own locator as a peer, which a security manager authenticates too.
            properties.setProperty("security-username", ServerUnderTest.USERNAME);
            properties.setProperty("security-password", ServerUnderTest.PASSWORD);
        }
        return properties;
    }

    /** A loopback port that was free a moment ago: a Geode locator cannot pick one and report it. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
