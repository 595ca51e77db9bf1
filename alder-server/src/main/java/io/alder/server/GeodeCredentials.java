package io.alder.server;

import io.alder.geode.CredentialsCheck;
import io.alder.server.security.Authenticator;
import java.util.Map;

/**
 * Geode clients' credentials judged by the member's authenticator, as Hazelcast clients' are:
 * {@code security-username} is the group name, {@code security-password} the group password.
 */
final class GeodeCredentials implements CredentialsCheck {

    static final String USERNAME = "security-username";
    static final String PASSWORD = "security-password";

    private final Authenticator authenticator;
    private final boolean required;

    GeodeCredentials(Authenticator authenticator, boolean required) {
        this.authenticator = authenticator;
        this.required = required;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public boolean accepts(Map<String, String> credentials) {
        String username = credentials.get(USERNAME);
        String password = credentials.get(PASSWORD);
        return username != null && password != null && authenticator.authenticate(username, password);
    }
}
