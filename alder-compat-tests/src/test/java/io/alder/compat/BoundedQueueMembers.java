package io.alder.compat;

import com.hazelcast.config.Config;
import com.hazelcast.config.QueueConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.reference.ReferenceMembers;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * Members of either kind whose queues named {@value #PATTERN} hold at most {@link #CAPACITY} items, configured
 * the way each kind is: 3.12's {@code QueueConfig} with {@code max-size}, Alder's queue max sizes. Otherwise
 * they are set up like the suites' other members.
 */
final class BoundedQueueMembers {

    static final String PATTERN = "bounded-*";
    static final int CAPACITY = 10;

    private BoundedQueueMembers() {
    }

    /** Starts a fresh member of this kind on a free loopback port. */
    static ServerUnderTest start(ServerKind kind) {
        return kind == ServerKind.REFERENCE ? reference() : alder();
    }

    private static ServerUnderTest reference() {
        int port = ReferenceMembers.freePort();
        Config config = ReferenceMembers.config(port, List.of(port));
        config.addQueueConfig(new QueueConfig(PATTERN).setMaxSize(CAPACITY));
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        return running(ServerKind.REFERENCE, new InetSocketAddress(ReferenceMembers.HOST, port), member::shutdown);
    }

    private static ServerUnderTest alder() {
        AlderServer server = AlderServer.start(ServerConfig.builder()
                .host(ReferenceMembers.HOST)
                .port(0)
                .groupName(ServerUnderTest.GROUP_NAME)
                .groupPassword(ServerUnderTest.GROUP_PASSWORD)
                .queueMaxSizes(Map.of(PATTERN, CAPACITY))
                .build());
        return running(ServerKind.ALDER, server.address(), server::close);
    }

    private static ServerUnderTest running(ServerKind kind, InetSocketAddress address, Runnable stop) {
        return new ServerUnderTest() {
            @Override
            public ServerKind kind() {
                return kind;
            }

            @Override
            public InetSocketAddress address() {
                return address;
            }

            @Override
            public void close() {
                stop.run();
            }
        };
    }
}
