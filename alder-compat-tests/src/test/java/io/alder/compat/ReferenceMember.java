package io.alder.compat;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.alder.testsupport.reference.ReferenceMembers;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Consumer;

/**
 * An embedded official 3.12.13 member alone on a free loopback port, set up as the runbook describes (see
 * {@link ReferenceMembers}), that releases a departed client's locks after {@link #CLIENT_CLEANUP_DELAY}.
 */
final class ReferenceMember implements ServerUnderTest {

    private final HazelcastInstance instance;
    private final InetSocketAddress address;

    private ReferenceMember(HazelcastInstance instance, InetSocketAddress address) {
        this.instance = instance;
        this.address = address;
    }

    static ReferenceMember start() {
        return start(config -> { });
    }

    /** Starts a member whose configuration {@code configure} adds to, or changes. */
    static ReferenceMember start(Consumer<Config> configure) {
        int port = ReferenceMembers.freePort();
        Config config = ReferenceMembers.config(port, List.of(port));
        config.setProperty("hazelcast.client.endpoint.remove.delay.seconds",
                Long.toString(CLIENT_CLEANUP_DELAY.toSeconds()));
        configure.accept(config);
        HazelcastInstance instance = Hazelcast.newHazelcastInstance(config);
        return new ReferenceMember(instance, new InetSocketAddress(ReferenceMembers.HOST, port));
    }

    /** The member itself, for suites that look inside it. */
    HazelcastInstance instance() {
        return instance;
    }

    @Override
    public ServerKind kind() {
        return ServerKind.REFERENCE;
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void close() {
        instance.shutdown();
    }
}
