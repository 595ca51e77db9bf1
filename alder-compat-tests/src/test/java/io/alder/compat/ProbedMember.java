package io.alder.compat;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.HazelcastInstanceProxy;
import com.hazelcast.spi.impl.operationparker.impl.OperationParkerImpl;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import io.alder.testsupport.reference.ReferenceMembers;
import java.util.List;

/**
 * A member of either kind that a test starts for itself, because it looks inside: how many operations
 * wait in it. Set up like the suites' shared members (group, cleanup delay of departed clients).
 */
interface ProbedMember extends AutoCloseable {

    /** {@code host:port} for the official client. */
    String addressString();

    /** How many ringbuffer reads the member holds parked now (a 3.12 member: all parked operations). */
    int waitingOperations();

    @Override
    void close();

    static ProbedMember start(ServerKind kind) {
        return kind == ServerKind.ALDER ? alder() : reference();
    }

    private static ProbedMember alder() {
        AlderServer server = AlderServer.start(ServerConfig.builder().host(ReferenceMembers.HOST).port(0)
                .groupName(ServerUnderTest.GROUP_NAME).groupPassword(ServerUnderTest.GROUP_PASSWORD)
                .clientCleanupDelay(ServerUnderTest.CLIENT_CLEANUP_DELAY).build());
        return new ProbedMember() {
            @Override
            public String addressString() {
                return ReferenceMembers.HOST + ":" + server.address().getPort();
            }

            @Override
            public int waitingOperations() {
                return server.engine().ringbuffers().waitingReads();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    private static ProbedMember reference() {
        int port = ReferenceMembers.freePort();
        Config config = ReferenceMembers.config(port, List.of(port));
        config.setProperty("hazelcast.client.endpoint.remove.delay.seconds",
                Long.toString(ServerUnderTest.CLIENT_CLEANUP_DELAY.toSeconds()));
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        OperationParkerImpl parker = (OperationParkerImpl) ((HazelcastInstanceProxy) member).getOriginal().node
                .getNodeEngine().getOperationParker();
        return new ProbedMember() {
            @Override
            public String addressString() {
                return ReferenceMembers.HOST + ":" + port;
            }

            @Override
            public int waitingOperations() {
                return parker.getTotalParkedOperationCount();
            }

            @Override
            public void close() {
                member.shutdown();
            }
        };
    }
}
