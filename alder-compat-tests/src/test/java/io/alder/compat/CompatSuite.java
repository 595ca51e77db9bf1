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
 * use, clients shared per routing mode, and a fresh structure name per test so that tests never see
 * each other's data.
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

    /** Starts and tracks extra clients against the server of this kind. */
    protected final OfficialClients clients(ServerKind kind) {
        return deployment(kind).clients();
    }

    /** A client shared by all tests of this class that use the same server and routing. */
    protected final HazelcastInstance client(Target target) {
        return deployment(target.server()).shared(target.routing());
    }

    /** A smart client shared by all tests of this class that use the same server. */
    protected final HazelcastInstance client(ServerKind kind) {
        return deployment(kind).shared(Routing.SMART);
    }

    /**
     * A second client shared by the tests of this class, distinct from every {@link #client} one: the
     * other party in two-client scenarios.
     */
    protected final HazelcastInstance otherClient(ServerKind kind) {
        return deployment(kind).other();
    }

    /** A structure name no other test uses on this server. */
    protected final String uniqueName() {
        return testName + "-" + sequence.incrementAndGet();
    }

    /** Awaitility with the suites' patience. */
    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20));
    }

    private synchronized Deployment deployment(ServerKind kind) {
        return deployments.computeIfAbsent(kind, Deployment::start);
    }
}
