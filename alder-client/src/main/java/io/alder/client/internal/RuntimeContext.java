package io.alder.client.internal;

import io.alder.serialization.Data;
import io.alder.serialization.SerializationService;
import io.netty.buffer.ByteBufAllocator;

/** The {@link ClientContext} of a running client: its runtime plus the client's serialization. */
final class RuntimeContext implements ClientContext {

    private final ClientRuntime runtime;
    private final SerializationService serialization;

    RuntimeContext(ClientRuntime runtime, SerializationService serialization) {
        this.runtime = runtime;
        this.serialization = serialization;
    }

    @Override
    public SerializationService serialization() {
        return serialization;
    }

    @Override
    public InvocationService invocations() {
        return runtime.invocations();
    }

    @Override
    public ByteBufAllocator allocator() {
        return runtime.allocator();
    }

    @Override
    public int partitionId(Data key) {
        return runtime.partitionId(key);
    }

    @Override
    public int partitionIdOfName(String name) {
        return runtime.partitionIdOfName(name);
    }
}
