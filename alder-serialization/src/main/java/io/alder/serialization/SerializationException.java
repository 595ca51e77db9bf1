package io.alder.serialization;

/**
 * A value could not be serialized or deserialized: no serializer fits, the bytes are malformed, a factory or
 * class is missing.
 */
public class SerializationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error described by {@code message}. */
    public SerializationException(String message) {
        super(message);
    }

    /** An error described by {@code message}, caused by {@code cause}. */
    public SerializationException(String message, Throwable cause) {
        super(message, cause);
    }
}
