package io.alder.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.testsupport.wire.RawClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code alder start} as a real process: it says where it listens, serves, and stops cleanly on SIGTERM. */
class MainProcessIT {

    private static final Pattern LISTENING = Pattern.compile("Alder member listening on 127\\.0\\.0\\.1:(\\d+)");

    @Test
    void startsServesAndStopsOnSigterm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process member = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "start", "--port", "0").redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(member.getInputStream(),
                StandardCharsets.UTF_8))) {
            int port = awaitPort(lines, output);
            try (RawClient client = RawClient.authenticated(new InetSocketAddress("127.0.0.1", port), "dev", "dev-pass")) {
                client.write(ClientCodec.encodeEmptyRequest(RawClient.ALLOCATOR, MessageType.CLIENT_PING, 3));
                assertThat(client.read().correlationId()).isEqualTo(3);
            }

            // Process.destroy() would also close our end of its output, so signal it the way a shell does.
            new ProcessBuilder("kill", "-TERM", Long.toString(member.pid())).start().waitFor();

            assertThat(member.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            lines.lines().forEach(output::add);
        } finally {
            member.destroyForcibly();
        }
        assertThat(output).anyMatch(line -> line.contains("Alder member stopped"));
    }

    private static int awaitPort(BufferedReader lines, List<String> output) throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            output.add(line);
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new IllegalStateException("the member exited before listening: " + output);
    }
}
