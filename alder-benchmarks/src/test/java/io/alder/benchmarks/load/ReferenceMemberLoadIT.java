package io.alder.benchmarks.load;

import static io.alder.benchmarks.load.LoadGeneratorProbe.KEYS;
import static io.alder.benchmarks.load.LoadGeneratorProbe.assertSane;
import static io.alder.benchmarks.load.LoadGeneratorProbe.smokeRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.alder.benchmarks.members.ReferenceMember;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke runs of the load generator against an in-process reference member. The server CPU figure is
 * this JVM's (member and client together): the check is that it is read, not what it is.
 */
class ReferenceMemberLoadIT {

    private static final long THIS_PROCESS = ProcessHandle.current().pid();

    private static int port;
    private static HazelcastInstance member;

    @BeforeAll
    static void startMember() {
        port = LoadGeneratorProbe.freePort();
        member = Hazelcast.newHazelcastInstance(ReferenceMember.config(port));
    }

    @AfterAll
    static void stopMember() {
        member.shutdown();
    }

    @Test
    void synchronousMixReportsOpsAndLatencies() {
        Map<String, String> result = smokeRun(port, THIS_PROCESS,
                "--mode", "sync", "--threads", "4", "--get-ratio", "0.8", "--map", "sync-mix").result();

        assertSane(result);
        assertThat(result).containsEntry("mode", "sync").containsEntry("threads", "4").containsEntry("depth", "1");
        assertThat(member.getMap("sync-mix").size()).as("pre-filled keys").isEqualTo(KEYS);
    }

    @Test
    void asynchronousPutsReportOpsAndLatencies() {
        Map<String, String> result = smokeRun(port, THIS_PROCESS,
                "--mode", "async", "--threads", "1", "--depth", "16", "--get-ratio", "0", "--map", "async-put").result();

        assertSane(result);
        assertThat(result).containsEntry("mode", "async").containsEntry("depth", "16").containsEntry("getRatio", "0.00");
        assertThat(member.getMap("async-put").size()).as("pre-filled keys").isEqualTo(KEYS);
    }

    @Test
    void failsWithExitCodeOneWhenNoMemberListens() {
        LoadGeneratorProbe.Outcome outcome = LoadGeneratorProbe.run(
                "--address", "127.0.0.1:" + LoadGeneratorProbe.freePort(), "--duration", "1s", "--warmup", "0s");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("Unable to connect");
    }
}
