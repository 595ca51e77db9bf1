package io.alder.server.security;

import io.alder.serialization.Data;

/**
 * Decides whether a client's credentials are accepted. Called on an I/O thread: implementations must be
 * quick and must not block (no remote directory lookups without a cache).
 */
public interface Authenticator {

    /** Checks the username/password credentials of {@code Client.authentication}. */
    boolean authenticate(String username, String password);

    /**
     * Checks the serialized credentials object of {@code Client.authenticationCustom}. The member never
     * deserializes user data, so an implementation compares bytes or parses a format it knows.
     */
    boolean authenticateCustom(Data credentials);
}
