package io.alder.benchmarks.load;

import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.ICompletableFuture;
import java.util.concurrent.Executor;

/** One asynchronous call of the official client, and the callback that forwards its outcome: one object per call. */
final class OfficialCall<T> implements PendingCall, ExecutionCallback<T> {

    /** Completions only record and release a permit: running them where the call completes is cheapest. */
    private static final Executor ON_COMPLETING_THREAD = Runnable::run;

    private final ICompletableFuture<T> future;
    /** Written before the callback is registered, which publishes it to the completing thread. */
    private CallListener listener;

    OfficialCall(ICompletableFuture<T> future) {
        this.future = future;
    }

    @Override
    public void whenDone(CallListener listener) {
        this.listener = listener;
        future.andThen(this, ON_COMPLETING_THREAD);
    }

    @Override
    public void onResponse(T response) {
        listener.succeeded();
    }

    @Override
    public void onFailure(Throwable t) {
        listener.failed(t);
    }
}
