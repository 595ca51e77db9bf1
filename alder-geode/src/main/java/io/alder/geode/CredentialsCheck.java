package io.alder.geode;

import java.util.Map;

/** How the member's security configuration judges a Geode client's {@code HandshakeRequest} credentials. */
public interface CredentialsCheck {

    /** Whether clients must authenticate before anything else, as on a Geode server with a SecurityManager. */
    boolean required();

    /**
     * Whether the credentials are accepted; Geode clients send {@code security-username} and
     * {@code security-password}. Called on an I/O thread: must not block.
     */
    boolean accepts(Map<String, String> credentials);
}
