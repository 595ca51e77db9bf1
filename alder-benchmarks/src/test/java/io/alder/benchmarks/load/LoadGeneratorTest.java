package io.alder.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void rejectsInvalidOptionsBeforeConnecting() {
        assertThat(rejected("--get-ratio", "1.5")).contains("get ratio: 1.5 (expected: 0..1)");
    }

    @Test
    void rejectsADepthInSyncMode() {
        assertThat(rejected("--mode", "SYNC", "--depth", "8")).contains("depth: 8 (expected: 1 in sync mode)");
    }

    @Test
    void rejectsAnUnknownClient() {
        assertThat(rejected("--client", "thin")).contains("--client").contains("OFFICIAL, ALDER");
    }

    @Test
    void rejectsAnUnknownStructure() {
        assertThat(rejected("--structure", "stack"))
                .contains("unknown structure: stack (expected: map, queue, lock, atomic-long)");
    }

    @Test
    void rejectsAsynchronousQueueCallsWithTheOfficialClient() {
        assertThat(rejected("--structure", "queue", "--mode", "async"))
                .contains("mode: async (expected: sync for queue with the official client)");
    }

    @Test
    void rejectsWhatGeodeClientsDoNotHave() {
        assertThat(rejected("--client", "geode", "--mode", "async"))
                .contains("mode: async (expected: sync for map with the geode client)");
        assertThat(rejected("--client", "geode", "--structure", "queue"))
                .contains("structure: queue (the geode client has maps only)");
    }

    @Test
    void rejectsAsynchronousLockCallsWithEitherClient() {
        assertThat(rejected("--structure", "lock", "--mode", "async", "--client", "alder"))
                .contains("mode: async (expected: sync for lock with the alder client)");
    }

    /** Runs the command line, checks that it failed on its options, and returns standard error. */
    private static String rejected(String... args) {
        StringWriter err = new StringWriter();

        int exitCode = LoadGenerator.commandLine().setErr(new PrintWriter(err)).execute(args);

        assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(2);
        return err.toString();
    }
}
