package io.alder.client;

/**
 * The base of the exceptions the Alder client raises itself: lost connections, timeouts, a closed client,
 * failed authentication, and errors a member reported that have no standard Java type. Errors a member
 * reports with a standard Java exception class (an {@link IllegalArgumentException}, an
 * {@link IllegalMonitorStateException}, ...) reach callers as that class instead, as with a 3.12 client.
 */
public class AlderClientException extends RuntimeException {

    public AlderClientException(String message) {
        super(message);
    }

    public AlderClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
