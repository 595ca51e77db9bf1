package io.alder.benchmarks.load;

import io.alder.client.ClientNotActiveException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/** One asynchronous call of Alder's client, and the callback that forwards its outcome: one object per call. */
final class AlderCall implements PendingCall, BiConsumer<Object, Throwable> {

    private final CompletionStage<?> stage;
    private final AlderMemberLoss memberLoss;
    /** Written before the callback is registered, which publishes it to the completing thread. */
    private CallListener listener;

    AlderCall(CompletionStage<?> stage, AlderMemberLoss memberLoss) {
        this.stage = stage;
        this.memberLoss = memberLoss;
    }

    @Override
    public void whenDone(CallListener listener) {
        this.listener = listener;
        stage.whenComplete(this);
    }

    @Override
    public void accept(Object response, Throwable failure) {
        if (failure == null) {
            listener.succeeded();
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ClientNotActiveException) {
            memberLoss.report();
        }
        listener.failed(cause);
    }
}
