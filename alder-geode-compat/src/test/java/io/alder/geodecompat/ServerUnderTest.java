package io.alder.geodecompat;

import java.net.InetSocketAddress;

/**
 * A running server that Geode's driver connects to through its locator; {@link #close()} stops it.
 *
 * @param kind which implementation this is
 * @param locator where the driver finds a server (Geode's locator, or Alder's main port)
 * @param stopper what stops the server
 */
record ServerUnderTest(ServerKind kind, InetSocketAddress locator, AutoCloseable stopper) implements AutoCloseable {

    /** The user name a secured server accepts: Alder's group name. */
    static final String USERNAME = "dev";

    /** The password a secured server accepts: Alder's group password. */
    static final String PASSWORD = "dev-pass";

    /** The member name of every server under test. */
    static final String MEMBER_NAME = "compat-member";

    /** Stops the server. */
    @Override
    public void close() {
        try {
            stopper.close();
        } catch (Exception e) {
            throw new IllegalStateException("the " + kind + " did not stop", e);
        }
    }
}
