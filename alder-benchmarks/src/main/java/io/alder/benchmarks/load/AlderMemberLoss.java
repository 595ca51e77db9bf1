package io.alder.benchmarks.load;

import io.alder.client.ClientNotActiveException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells the run that Alder's client lost its member. The client has no lifecycle listener; with
 * reconnection off it fails every call with a {@link ClientNotActiveException} once it lost its member,
 * so the first such failure, blocking or asynchronous, reports the loss.
 */
final class AlderMemberLoss {

    private final AtomicReference<Runnable> action = new AtomicReference<>();

    /** Runs {@code action} once, at the first call that fails because the member is lost. */
    void onLost(Runnable action) {
        this.action.set(action);
    }

    /** Makes a blocking call, reporting the loss if it fails because of it. */
    void call(Runnable blockingCall) {
        try {
            blockingCall.run();
        } catch (ClientNotActiveException e) {
            report();
            throw e;
        }
    }

    /** An asynchronous call as a {@link PendingCall} that reports the loss if it fails because of it. */
    PendingCall pending(CompletionStage<?> stage) {
        return new AlderCall(stage, this);
    }

    void report() {
        Runnable lost = action.getAndSet(null);
        if (lost != null) {
            lost.run();
        }
    }
}
