package io.alder.client.internal.connection;

import java.io.IOException;

/** Why a connection's in-flight calls got no answer: the connection closed, for the given reason. */
public final class ConnectionClosedException extends IOException {

    public ConnectionClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
