package io.alder.benchmarks.load;

import static io.alder.benchmarks.load.LoadGeneratorProbe.KEYS;
import static io.alder.benchmarks.load.LoadGeneratorProbe.assertSane;
import static io.alder.benchmarks.load.LoadGeneratorProbe.smokeRun;
import static io.alder.benchmarks.load.LoadGeneratorProbe.withOfficialClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.alder.benchmarks.members.ReferenceMember;
import io.alder.server.AlderServer;
import io.alder.server.config.ServerConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Smoke runs of the queue, lock and atomic-long loads through both clients against an in-process Alder
 * member and an in-process reference member, each checked against what it left in its structures.
 */
class StructureLoadIT {

    private static final long THIS_PROCESS = ProcessHandle.current().pid();
    private static final int OBJECTS = 4;

    private static AlderServer alder;
    private static HazelcastInstance reference;
    private static int referencePort;

    @BeforeAll
    static void startMembers() {
        alder = AlderServer.start(ServerConfig.builder().host("127.0.0.1").port(0).build());
        referencePort = LoadGeneratorProbe.freePort();
        reference = Hazelcast.newHazelcastInstance(ReferenceMember.config(referencePort));
    }

    @AfterAll
    static void stopMembers() {
        alder.close();
        reference.shutdown();
    }

    @ParameterizedTest(name = "{0} member, {1} client, {2}")
    @CsvSource({"reference, official, sync", "alder, alder, async"})
    void offersKeepThePrefilledItems(String member, String client, String mode) {
        String name = "offers-" + member + "-" + client;

        Map<String, String> result = run(member, client, mode, "queue", name, "0");

        long items = withOfficialClient(port(member),
                official -> objectNames(name).stream().mapToLong(queue -> official.getQueue(queue).size()).sum());
        assertThat(items).as("pre-filled and offered items").isGreaterThanOrEqualTo(KEYS + ops(result));
    }

    @ParameterizedTest(name = "{0} member, {1} client, {2}")
    @CsvSource({"alder, official, sync", "alder, alder, sync"})
    void pollsTakeThePrefilledItems(String member, String client, String mode) {
        String name = "polls-" + member + "-" + client;

        Map<String, String> result = run(member, client, mode, "queue", name, "1");

        assertThat(ops(result)).as("polls").isGreaterThan(KEYS);
        long items = withOfficialClient(port(member),
                official -> objectNames(name).stream().mapToLong(queue -> official.getQueue(queue).size()).sum());
        assertThat(items).as("items left in the queues").isZero();
    }

    @ParameterizedTest(name = "{0} member, {1} client")
    @CsvSource({"reference, official", "alder, alder"})
    @SuppressWarnings("deprecation") // 3.12's own lock, the one the load drives
    void locksAreAllFreeAgainAfterTheRun(String member, String client) {
        String name = "locks-" + member + "-" + client;

        run(member, client, "sync", "lock", name, "0");

        List<String> locked = withOfficialClient(port(member),
                official -> objectNames(name).stream().filter(lock -> official.getLock(lock).isLocked()).toList());
        assertThat(locked).as("locks still held").isEmpty();
    }

    @ParameterizedTest(name = "{0} member, {1} client, {2}")
    @CsvSource({"reference, official, async", "alder, official, sync", "alder, alder, sync", "alder, alder, async"})
    @SuppressWarnings("deprecation") // 3.12's own counter, the one the load drives
    void halfOfTheCallsIncrementTheCounters(String member, String client, String mode) {
        String name = "counters-" + member + "-" + client + "-" + mode;

        Map<String, String> result = run(member, client, mode, "atomic-long", name, "0.5");

        long increments = withOfficialClient(port(member), official -> objectNames(name).stream()
                .mapToLong(counter -> official.getAtomicLong(counter).get()).sum());
        // Warm-up increments count too; a quarter of the measured calls leaves room for chance.
        assertThat(increments).as("increments").isGreaterThan(ops(result) / 4);
    }

    /** A smoke run on {@value #OBJECTS} objects, checked for sanity; 4 threads when synchronous, 1 x 16 when not. */
    private static Map<String, String> run(String member, String client, String mode, String structure, String name,
                                           String getRatio) {
        boolean sync = mode.equals("sync");
        Map<String, String> result = smokeRun(port(member), THIS_PROCESS, "--client", client, "--structure", structure,
                "--mode", mode, "--threads", sync ? "4" : "1", "--depth", sync ? "1" : "16",
                "--objects", Integer.toString(OBJECTS), "--name", name, "--get-ratio", getRatio).result();
        assertSane(result);
        assertThat(result).containsEntry("client", client).containsEntry("mode", mode)
                .containsEntry("structure", structure).containsEntry("objects", Integer.toString(OBJECTS));
        return result;
    }

    private static int port(String member) {
        return member.equals("alder") ? alder.address().getPort() : referencePort;
    }

    private static List<String> objectNames(String name) {
        return IntStream.range(0, OBJECTS).mapToObj(i -> name + "-" + i).toList();
    }

    private static long ops(Map<String, String> result) {
        return Long.parseLong(result.get("ops"));
    }
}
