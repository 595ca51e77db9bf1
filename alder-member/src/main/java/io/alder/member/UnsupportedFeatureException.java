package io.alder.member;

/**
 * A request Alder understands but does not serve (yet), such as a query that would need server-side
 * deserialization. Endpoints report it as their protocol's "unsupported operation" error.
 */
public final class UnsupportedFeatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
