package io.alder.compat;

import com.hazelcast.core.HazelcastInstance;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every compatibility suite: one server per kind for the whole test class, started on first
 * use, clients shared per client kind and routing mode, and a fresh structure name per test so that tests
 * never see each other's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CompatSuite {

    /** Generous: the machine has two shared cores, and a hung server should still fail well within it. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Map<ServerKind, Deployment> deployments = new EnumMap<>(ServerKind.class);
    private final AtomicInteger sequence = new AtomicInteger();
    private String testName;

    @AfterAll
    final void stopServers() {
        deployments.values().forEach(Deployment::close);
        deployments.clear();
    }

    @BeforeEach
    final void rememberTestName(TestInfo info) {
        testName = info.getTestMethod().map(Method::getName).orElse("test");
    }

    /** The running server of this kind. */
    protected final ServerUnderTest server(ServerKind kind) {
        return deployment(kind).server();
    }

    /** Starts and tracks official clients with settings of the test's own against the server of this kind. */
    protected final OfficialClients officialClients(ServerKind kind) {
        return deployment(kind).officialClients();
    }

    /** A client shared by all tests of this class that use the same server, client kind and routing. */
    protected final ClientUnderTest client(Target target) {
        return deployment(target.server()).shared(target);
    }

    /** The shared official client of the target, for the suites that only the official client runs. */
    protected final HazelcastInstance officialClient(Target target) {
        return ((OfficialClient) client(target)).instance();
    }

    /**
     * A second smart client of the target's kind shared by the tests of this class, distinct from every
     * {@link #client} one: the other party in two-client scenarios.
     */
    protected final ClientUnderTest otherClient(Target target) {
        return deployment(target.server()).other(target.client());
    }

    /** A new client of the target's kind and routing, for this test alone; closed with the suite. */
    protected final ClientUnderTest newClient(Target target) {
        return deployment(target.server()).start(target.client(), target.routing());
    }

    /** A structure name no other test uses on this server. */
    protected final String uniqueName() {
        return testName + "-" + sequence.incrementAndGet();
    }

    /**
     * Starts the server of this kind for this suite: {@link ServerKind#start()}, unless the suite needs a
     * member configuration of its own.
     */
    protected ServerUnderTest startServer(ServerKind kind) {
        return kind.start();
    }

    /** Awaitility with the suites' patience. */
    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20));
    }

    private synchronized Deployment deployment(ServerKind kind) {
        return deployments.computeIfAbsent(kind, key -> new Deployment(startServer(key)));
    }
}
