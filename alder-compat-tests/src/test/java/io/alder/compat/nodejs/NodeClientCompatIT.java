package io.alder.compat.nodejs;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.compat.Routing;
import io.alder.compat.ServerKind;
import io.alder.compat.ServerUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Node.js scenario script, run by the official {@code hazelcast-client@3.12.3} against the
 * reference 3.12.13 member and against Alder, with smart and with unisocket routing. One server per kind
 * serves the whole class; the scripts name their structures uniquely per run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeClientCompatIT {

    /** Far above the slowest script (a few seconds); each script also times out its own steps first. */
    private static final Duration PROCESS_TIMEOUT = Duration.ofMinutes(2);

    private final NodeProject project = NodeProject.ofThisModule();
    private final Map<ServerKind, ServerUnderTest> servers = new EnumMap<>(ServerKind.class);

    /** One scenario run: the parameter of {@link #scenarioPasses}, named for the test report. */
    record Case(ServerKind server, Routing routing, NodeScenario scenario) {

        boolean expectUnsupported() {
            return scenario.unsupportedOn(server);
        }

        @Override
        public String toString() {
            String note = expectUnsupported() ? " - EXPECTED UNSUPPORTED for now: must be refused cleanly" : "";
            return scenario + " [" + server + ", " + routing.name().toLowerCase(Locale.ROOT) + "]" + note;
        }
    }

    static Stream<Case> cases() {
        return ServerKind.selected().flatMap(server -> Arrays.stream(Routing.values()).flatMap(
                routing -> Arrays.stream(NodeScenario.values()).map(scenario -> new Case(server, routing, scenario))));
    }

    @BeforeAll
    void requireNodeClient() {
        project.requireInstalledClient();
    }

    @AfterAll
    void stopServers() {
        servers.values().forEach(ServerUnderTest::close);
        servers.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("Node.js client scenario: ")
    void scenarioPasses(Case run) throws InterruptedException {
        ServerUnderTest server = servers.computeIfAbsent(run.server(), ServerKind::start);

        NodeRun result = project.run(run.scenario().scriptPath(), arguments(run, server), PROCESS_TIMEOUT);

        System.out.print(result.transcript());
        assertThat(result.finished()).as("%s did not finish within %s:%n%s", run, PROCESS_TIMEOUT, result.transcript())
                .isTrue();
        assertThat(result.exitCode()).as("exit code of %s:%n%s", run, result.transcript()).isZero();
        // Exit code 0 alone would also pass a script that never ran its steps.
        assertThat(result.output()).as("closing line of %s:%n%s", run, result.transcript())
                .containsPattern("scenario " + run.scenario().scriptName() + ": all \\d+ steps passed");
    }

    private static List<String> arguments(Case run, ServerUnderTest server) {
        List<String> arguments = new ArrayList<>(List.of(
                "--address", server.addressString(),
                "--server", run.server().name().toLowerCase(Locale.ROOT),
                "--routing", run.routing().name().toLowerCase(Locale.ROOT),
                "--cleanup-delay-ms", Long.toString(ServerUnderTest.CLIENT_CLEANUP_DELAY.toMillis())));
        if (run.expectUnsupported()) {
            arguments.add("--expect-unsupported");
        }
        return arguments;
    }
}
