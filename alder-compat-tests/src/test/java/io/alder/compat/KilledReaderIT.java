package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.ringbuffer.ReadResultSet;
import com.hazelcast.ringbuffer.Ringbuffer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/**
 * A client that dies while the member holds its long-polling ringbuffer read: the member drops the read
 * once the client is gone (after the cleanup delay for departed clients), and the ringbuffer serves
 * others as before. Each case starts a member of its own, to count the reads waiting in it.
 */
class KilledReaderIT extends CompatSuite {

    @OnEveryServer
    @DisplayName("the parked readMany of a killed client is dropped")
    void parkedReadOfAKilledClientIsDropped(ServerKind kind) throws Exception {
        String name = uniqueName();
        try (ProbedMember member = ProbedMember.start(kind)) {
            Process reader = ParkedReaderProcess.start(member.addressString(), name, PATIENCE);
            eventually().until(() -> member.waitingOperations() == 1);

            reader.destroyForcibly();
            assertThat(reader.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

            eventually().until(() -> member.waitingOperations() == 0);
            HazelcastInstance client = HazelcastClient.newHazelcastClient(
                    OfficialClients.config(member.addressString(), Routing.SMART));
            try {
                Ringbuffer<String> ringbuffer = client.getRingbuffer(name);
                assertThat(ringbuffer.add("after")).isZero();
                ReadResultSet<String> read = ringbuffer.readManyAsync(0, 1, 10, null).get();
                assertThat(read.get(0)).isEqualTo("after");
            } finally {
                client.shutdown();
            }
        }
    }
}
