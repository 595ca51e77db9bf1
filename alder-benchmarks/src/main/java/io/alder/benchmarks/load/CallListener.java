package io.alder.benchmarks.load;

/** Hears how one {@link PendingCall} ended; runs on a client thread, so it must not block. */
interface CallListener {

    void succeeded();

    void failed(Throwable cause);
}
