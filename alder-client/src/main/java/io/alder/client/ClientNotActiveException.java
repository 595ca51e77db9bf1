package io.alder.client;

/** The client was closed, or gave up reconnecting to its cluster, before the operation could complete. */
public class ClientNotActiveException extends AlderClientException {

    public ClientNotActiveException(String message) {
        super(message);
    }

    public ClientNotActiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
