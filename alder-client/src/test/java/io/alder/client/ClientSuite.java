package io.alder.client;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the client's end-to-end suites: one server per kind for the whole test class, started on first
 * use; smart clients shared per server; a fresh map name per test, so that tests never see each other's data.
 * The map, listener and lock scenarios that both Java clients share run in alder-compat-tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClientSuite {

    /** Generous: the machine has two shared cores, and a hung server should still fail well within it. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Map<ServerKind, TestServer> servers = new EnumMap<>(ServerKind.class);
    private final Map<ServerKind, AlderClient> shared = new EnumMap<>(ServerKind.class);
    private final List<AlderClient> started = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private String testName;

    @AfterAll
    final void stopAll() {
        started.forEach(AlderClient::close);
        servers.values().forEach(TestServer::close);
    }

    @BeforeEach
    final void rememberTestName(TestInfo info) {
        testName = info.getTestMethod().map(Method::getName).orElse("test");
    }

    /** The running server of this kind. */
    protected final synchronized TestServer server(ServerKind kind) {
        return servers.computeIfAbsent(kind, ServerKind::start);
    }

    /** A smart client shared by the tests of this class that use the same server. */
    protected final synchronized AlderClient client(ServerKind kind) {
        return shared.computeIfAbsent(kind, this::newClient);
    }

    /** A new smart client of its own, closed with the suite. */
    protected final synchronized AlderClient newClient(ServerKind kind) {
        AlderClient client = AlderClient.connect(server(kind).clientConfig().build());
        started.add(client);
        return client;
    }

    /** A map name no other test uses on this server. */
    protected final String uniqueName() {
        return testName + "-" + sequence.incrementAndGet();
    }

    /** Awaitility with the suites' patience. */
    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20));
    }
}
