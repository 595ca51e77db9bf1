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
 * Smoke runs of the load generator with Alder's client ({@code --client alder}) against an in-process
 * Alder member. Member and client share this JVM, so both CPU figures are this process's: the check is
 * that they are read, not what they are.
 */
class AlderClientLoadIT {

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
    void synchronousMixReportsOpsLatenciesAndCpu() {
        Map<String, String> result = smokeRun(port, THIS_PROCESS, "--client", "alder",
                "--mode", "sync", "--threads", "4", "--get-ratio", "0.8", "--map", "alder-sync-mix").result();

        assertSane(result);
        assertThat(result).containsEntry("client", "alder").containsEntry("mode", "sync")
                .containsEntry("threads", "4").containsEntry("depth", "1");
        assertThat(mapSize("alder-sync-mix")).as("pre-filled keys").isEqualTo(KEYS);
    }

    @Test
    void asynchronousMixReportsOpsLatenciesAndCpu() {
        Map<String, String> result = smokeRun(port, THIS_PROCESS, "--client", "alder",
                "--mode", "async", "--threads", "1", "--depth", "16", "--get-ratio", "0.5", "--map", "alder-async-mix")
                .result();

        assertSane(result);
        assertThat(result).containsEntry("client", "alder").containsEntry("mode", "async")
                .containsEntry("depth", "16").containsEntry("getRatio", "0.50");
        assertThat(mapSize("alder-async-mix")).as("pre-filled keys").isEqualTo(KEYS);
    }

    @Test
    void failsWithExitCodeOneWhenNoMemberListens() {
        LoadGeneratorProbe.Outcome outcome = LoadGeneratorProbe.run("--client", "alder",
                "--address", "127.0.0.1:" + LoadGeneratorProbe.freePort(), "--duration", "1s", "--warmup", "0s");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("load-generator:").contains("Unable to connect");
    }

    /** The map's size as the official client sees it: Alder's client pre-filled every key. */
    private static int mapSize(String name) {
        return LoadGeneratorProbe.withOfficialClient(port, official -> official.getMap(name).size());
    }
}
