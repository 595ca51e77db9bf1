package io.alder.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LoadGeneratorTest {

    @Test
    void rejectsInvalidOptionsBeforeConnecting() {
        StringWriter err = new StringWriter();
        CommandLine command = LoadGenerator.commandLine().setErr(new PrintWriter(err));

        int exitCode = command.execute("--get-ratio", "1.5");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("get ratio: 1.5 (expected: 0..1)");
    }

    @Test
    void rejectsADepthInSyncMode() {
        StringWriter err = new StringWriter();
        CommandLine command = LoadGenerator.commandLine().setErr(new PrintWriter(err));

        int exitCode = command.execute("--mode", "SYNC", "--depth", "8");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("depth: 8 (expected: 1 in sync mode)");
    }
}
