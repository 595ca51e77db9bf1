package io.alder.client;

/**
 * The connection to a member was lost while an operation was in flight, and the operation was not sent
 * again because it may have been applied already (it is neither read-only nor idempotent, and the client
 * is not configured to redo operations). The operation may or may not have taken effect.
 */
public class TargetDisconnectedException extends AlderClientException {

    public TargetDisconnectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
