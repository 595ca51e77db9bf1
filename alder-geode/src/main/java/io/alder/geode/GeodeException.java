package io.alder.geode;

import io.alder.geode.proto.v1.ErrorCode;

/** A request that fails with a protocol error code; the connection stays open unless the caller closes it. */
public final class GeodeException extends RuntimeException {

    private final ErrorCode code;

    public GeodeException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The code the client sees in its {@code ErrorResponse}. */
    public ErrorCode code() {
        return code;
    }
}
