package io.alder.client.internal;

import io.alder.serialization.Data;
import io.alder.serialization.SerializationService;
import io.netty.buffer.ByteBufAllocator;

/** What a proxy needs from its client: serialization, partitioning and invocations. */
public interface ClientContext {

    SerializationService serialization();

    InvocationService invocations();

    /** The allocator for requests. */
    ByteBufAllocator allocator();

    /** The partition of a serialized key, with the cluster's partition count. */
    int partitionId(Data key);

    /** The partition of a name-routed structure. */
    int partitionIdOfName(String name);
}
