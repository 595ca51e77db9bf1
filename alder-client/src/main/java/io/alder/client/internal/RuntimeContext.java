package io.alder.client.internal;

import io.alder.serialization.Data;
import io.alder.serialization.SerializationService;
import io.netty.buffer.ByteBufAllocator;

/** The {@link ClientContext} of a running client: what its runtime offers the proxies. */
final class RuntimeContext implements ClientContext {

    private final ClientRuntime runtime;

    RuntimeContext(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public SerializationService serialization() {
        return runtime.serialization();
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
