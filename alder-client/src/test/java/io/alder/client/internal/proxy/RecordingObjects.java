package io.alder.client.internal.proxy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** An object registry that records what it is asked and hands the test the futures to complete. */
final class RecordingObjects implements ObjectRegistry {

    /** One create or destroy call. */
    record Call(String operation, String serviceName, String name, CompletableFuture<Void> done) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> create(String serviceName, String name) {
        return record("create", serviceName, name);
    }

    @Override
    public CompletableFuture<Void> destroy(String serviceName, String name) {
        return record("destroy", serviceName, name);
    }

    List<Call> calls() {
        return calls;
    }

    private CompletableFuture<Void> record(String operation, String serviceName, String name) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        calls.add(new Call(operation, serviceName, name, done));
        return done;
    }
}
