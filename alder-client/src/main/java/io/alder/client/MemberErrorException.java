package io.alder.client;

/**
 * An error a member reported for which Java has no standard exception type: the member's error code
 * (the 3.12 {@code ClientProtocolErrorCodes}, e.g. 41 for a migrating partition) and the class name of
 * the member-side exception tell what went wrong. The stack trace is the member's.
 */
public class MemberErrorException extends AlderClientException {

    private final int errorCode;
    private final String remoteClassName;

    public MemberErrorException(int errorCode, String remoteClassName, String message, Throwable cause) {
        super(remoteClassName + (message == null ? "" : ": " + message) + " (error code " + errorCode + ")", cause);
        this.errorCode = errorCode;
        this.remoteClassName = remoteClassName;
    }

    /** The protocol's error code; 0 when the member's exception has no code of its own. */
    public int errorCode() {
        return errorCode;
    }

    /** The class name of the exception on the member, e.g. {@code com.hazelcast.query.QueryException}. */
    public String remoteClassName() {
        return remoteClassName;
    }
}
