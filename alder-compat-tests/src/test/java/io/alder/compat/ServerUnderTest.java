package io.alder.compat;

import io.alder.testsupport.reference.ReferenceMembers;
import java.net.InetSocketAddress;
import java.time.Duration;

/** A running member that the clients under test connect to; {@link #close()} stops it. */
public interface ServerUnderTest extends AutoCloseable {

    /** The group name every server under test is configured with. */
    String GROUP_NAME = ReferenceMembers.GROUP_NAME;

    /** The group password every server under test is configured with. */
    String GROUP_PASSWORD = ReferenceMembers.GROUP_PASSWORD;

    /**
     * How long a member keeps a departed client's locks before it releases them. Short, so that the
     * lock-release scenario does not wait for the 3.12 default of 10 s (Alder's default is 60 s).
     */
    Duration CLIENT_CLEANUP_DELAY = Duration.ofSeconds(3);

    /** Which implementation this is. */
    ServerKind kind();

    /** The address clients connect to, as the member advertises it. */
    InetSocketAddress address();

    /** Stops the member; idempotent. */
    @Override
    void close();

    /** {@code host:port}, the form both Java clients take an address in. */
    default String addressString() {
        return address().getHostString() + ":" + address().getPort();
    }
}
