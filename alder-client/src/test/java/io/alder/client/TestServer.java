package io.alder.client;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * A running member for the end-to-end suites, and how tests reach it.
 *
 * @param port the member's client port on {@link #HOST}
 * @param stop stops the member
 * @param setAttribute sets one of the member's attributes, which membership listeners hear of
 */
record TestServer(ServerKind kind, int port, Runnable stop, BiConsumer<String, String> setAttribute)
        implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final String GROUP = "dev";
    static final String PASSWORD = "dev-pass";

    /**
     * The suites' client settings: this member only, smart routing, give up after 5 s when it cannot be
     * reached, and a 20 s invocation timeout so that an unanswered request fails a test quickly.
     */
    ClientConfig.Builder clientConfig() {
        return ClientConfig.builder()
                .address(HOST, port)
                .groupName(GROUP)
                .groupPassword(PASSWORD)
                .smartRouting(true)
                .clusterConnectTimeout(Duration.ofSeconds(5))
                .connectionTimeout(Duration.ofSeconds(5))
                .invocationTimeout(Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        stop.run();
    }
}
