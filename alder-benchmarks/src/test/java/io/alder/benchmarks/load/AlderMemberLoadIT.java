package io.alder.benchmarks.load;

import static io.alder.benchmarks.load.LoadGeneratorProbe.KEYS;
import static io.alder.benchmarks.load.LoadGeneratorProbe.assertSane;
import static io.alder.benchmarks.load.LoadGeneratorProbe.smokeRun;
import static org.assertj.core.api.Assertions.assertThat;

import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke runs of the load generator against an in-process Alder member, through its Hazelcast endpoint and its
 * Geode protobuf endpoint ({@code --client geode}).
 */
class AlderMemberLoadIT {

    private static final long THIS_PROCESS = ProcessHandle.current().pid();

    private static AlderServer member;
    private static int port;

    @BeforeAll
    static void startMember() {
        member = AlderServer.start(ServerConfig.builder().host("127.0.0.1").port(0).build());
        port = member.address().getPort();
    }

    @AfterAll
    static void stopMember() {
        member.close();
    }

    @Test
    void synchronousMixReportsOpsAndLatencies() {
        Map<String, String> result = smokeRun(port, THIS_PROCESS,
                "--mode", "sync", "--threads", "4", "--get-ratio", "0.8", "--map", "sync-mix").result();

        assertSane(result);
        assertThat(result).containsEntry("mode", "sync").containsEntry("threads", "4");
    }

    @Test
    void asynchronousMixReportsOpsAndLatencies() {
        Map<String, String> result = smokeRun(port, THIS_PROCESS,
                "--mode", "async", "--threads", "1", "--depth", "16", "--get-ratio", "0.5", "--map", "async-mix").result();

        assertSane(result);
        assertThat(result).containsEntry("mode", "async").containsEntry("depth", "16");
    }

    @Test
    void synchronousMixThroughTheGeodeEndpointFillsTheMapHazelcastClientsSee() {
        Map<String, String> result = smokeRun(port, THIS_PROCESS, "--client", "geode",
                "--mode", "sync", "--threads", "4", "--get-ratio", "0.8", "--map", "geode-sync-mix").result();

        assertSane(result);
        assertThat(result).containsEntry("client", "geode").containsEntry("threads", "4");
        int size = LoadGeneratorProbe.withOfficialClient(port, official -> official.getMap("geode-sync-mix").size());
        assertThat(size).as("keys pre-filled through Geode, counted by the official client").isEqualTo(KEYS);
    }
}
