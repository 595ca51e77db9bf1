package io.alder.client.internal.connection;

import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledHeapByteBuf;
import io.netty.buffer.UnpooledUnsafeHeapByteBuf;
import io.netty.util.internal.PlatformDependent;

/**
 * Allocates the heap buffers requests are built in, on application threads. Unlike Netty's unpooled
 * allocator it keeps no usage counters: those are shared by the thread that allocates a request and the
 * I/O thread that releases it, and updating them from both costs more than the allocation.
 */
final class HeapRequestAllocator extends AbstractByteBufAllocator {

    static final HeapRequestAllocator INSTANCE = new HeapRequestAllocator();

    private HeapRequestAllocator() {
        super(false);
    }

    @Override
    protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
        return PlatformDependent.hasUnsafe()
                ? new UnpooledUnsafeHeapByteBuf(this, initialCapacity, maxCapacity)
                : new UnpooledHeapByteBuf(this, initialCapacity, maxCapacity);
    }

    /** Heap buffers here too: requests are copied into the I/O thread's direct buffers as they are written. */
    @Override
    protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
        return newHeapBuffer(initialCapacity, maxCapacity);
    }

    @Override
    public boolean isDirectBufferPooled() {
        return false;
    }
}
