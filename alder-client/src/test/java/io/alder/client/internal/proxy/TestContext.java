package io.alder.client.internal.proxy;

import io.alder.client.ReliableTopicConfig;
import io.alder.client.internal.ClientContext;
import io.alder.client.internal.cluster.ClusterView;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import io.alder.serialization.SerializationService;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;

/**
 * A client context for proxy tests: the real serialization service and partition hash with 271 partitions,
 * and a {@link RecordingInvocations} instead of a cluster.
 */
final class TestContext implements ClientContext {

    static final int PARTITION_COUNT = Partitions.DEFAULT_COUNT;

    private final SerializationService serialization = SerializationService.createDefault();
    private final RecordingInvocations invocations = new RecordingInvocations();
    private final ByteBufAllocator allocator = new UnpooledByteBufAllocator(false);

    @Override
    public SerializationService serialization() {
        return serialization;
    }

    @Override
    public RecordingInvocations invocations() {
        return invocations;
    }

    @Override
    public ByteBufAllocator allocator() {
        return allocator;
    }

    @Override
    public int partitionId(Data key) {
        return Partitions.partitionId(key, PARTITION_COUNT);
    }

    @Override
    public int partitionIdOfName(String name) {
        return Partitions.partitionIdOfName(name, PARTITION_COUNT);
    }

    /** What topic proxies need, for a cluster without known members and with default reliable topics. */
    MessagingSupport messaging() {
        return new MessagingSupport(new ClusterMembership(new ClusterView()), Runnable::run,
                name -> ReliableTopicConfig.DEFAULT);
    }

    /** The partition of a key object. */
    int partitionOf(Object key) {
        return partitionId(serialization.toData(key));
    }

    Data toData(Object value) {
        return serialization.toData(value);
    }

    <T> T toObject(Data data) {
        return serialization.toObject(data);
    }
}
