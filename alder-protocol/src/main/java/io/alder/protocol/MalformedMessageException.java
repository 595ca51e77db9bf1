package io.alder.protocol;

/**
 * A frame or payload that breaks the protocol: a bad length, a count larger than the bytes that follow,
 * a truncated field, invalid UTF-8. The connection that sent it cannot be trusted to stay in sync.
 */
public final class MalformedMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
        super(message);
    }
}
