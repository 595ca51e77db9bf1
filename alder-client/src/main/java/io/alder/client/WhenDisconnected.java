package io.alder.client;

/** What calls made while the client has no connection to its cluster do: {@link ClientConfig#whenDisconnected()}. */
public enum WhenDisconnected {
    /** Wait for the reconnection, up to their deadline. */
    WAIT,
    /** Fail at once with a {@link ClusterUnavailableException}. */
    FAIL
}
