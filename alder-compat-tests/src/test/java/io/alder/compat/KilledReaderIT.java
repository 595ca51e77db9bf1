package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.instance.HazelcastInstanceProxy;
import com.hazelcast.spi.impl.operationparker.impl.OperationParkerImpl;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

/**
 * A client that dies while the member holds its long-polling ringbuffer read. A 3.12 member drops a client's
 * waiting operations as soon as its connection closes, not after the cleanup delay that keeps what a departed
 * client owns; so does Alder. The members of this suite keep departed clients for longer than the suites'
 * patience, so that a read dropped only after the delay would fail the test; and the test looks inside them
 * to count the reads they hold.
 */
class KilledReaderIT extends CompatSuite {

    private static final Duration LONG_CLEANUP_DELAY = Duration.ofMinutes(5);

    @Override
    protected ServerUnderTest startServer(ServerKind kind) {
        return switch (kind) {
            case REFERENCE -> ReferenceMember.start(config -> config.setProperty(
                    "hazelcast.client.endpoint.remove.delay.seconds", Long.toString(LONG_CLEANUP_DELAY.toSeconds())));
            case ALDER -> AlderMember.start(config -> config.clientCleanupDelay(LONG_CLEANUP_DELAY));
        };
    }

    @OnEveryClientServerAndRouting
    @DisplayName("the parked readMany of a killed client is dropped when its connection closes; others read on")
    void parkedReadOfAKilledClientIsDropped(Target target) throws Exception {
        String name = uniqueName();
        ServerUnderTest server = server(target.server());
        int before = parkedOperations(server);
        try (ChildJvm reader = ParkedReaderProcess.start(server, target, name)) {
            eventually().until(() -> parkedOperations(server) == before + 1);

            reader.kill();

            eventually().until(() -> parkedOperations(server) == before);
        }
        RingbufferView<String> ringbuffer = client(target).getRingbuffer(name);
        assertThat(ringbuffer.add("after")).isZero();
        assertThat(ringbuffer.readManyAsync(0, 1, 10)).succeedsWithin(PATIENCE)
                .extracting(SeenReadResult::items).isEqualTo(List.of("after"));
    }

    /** How many operations wait in the member: an Alder member's ringbuffer reads, every one in a 3.12 member. */
    private static int parkedOperations(ServerUnderTest server) {
        if (server instanceof AlderMember alder) {
            return alder.engine().ringbuffers().waitingReads();
        }
        HazelcastInstanceProxy reference = (HazelcastInstanceProxy) ((ReferenceMember) server).instance();
        return ((OperationParkerImpl) reference.getOriginal().node.getNodeEngine().getOperationParker())
                .getTotalParkedOperationCount();
    }
}
