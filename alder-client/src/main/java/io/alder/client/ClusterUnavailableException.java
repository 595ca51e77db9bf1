package io.alder.client;

/**
 * No member of the cluster could be reached: when the client starts, or, for a client configured to fail
 * calls at once while it is disconnected, when a call is made during a reconnection.
 */
public class ClusterUnavailableException extends AlderClientException {

    public ClusterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
