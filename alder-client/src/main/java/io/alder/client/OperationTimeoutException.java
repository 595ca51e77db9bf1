package io.alder.client;

/**
 * An operation did not complete within its deadline (the client's invocation timeout, plus the waiting
 * time of operations that wait by design). The cause, when there is one, is the failure of the last
 * attempt.
 */
public class OperationTimeoutException extends AlderClientException {

    public OperationTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
