package io.alder.client;

/**
 * A member refused the client's credentials, or refused the client for another reason it gave in its
 * authentication answer (another cluster, another serialization version).
 */
public class AuthenticationException extends AlderClientException {

    public AuthenticationException(String message) {
        super(message);
    }
}
