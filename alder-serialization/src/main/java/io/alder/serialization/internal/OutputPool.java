package io.alder.serialization.internal;

import java.nio.ByteOrder;

/**
 * One reusable output buffer per thread, so that serializing a value allocates little more than its final
 * byte array. A buffer taken while the thread's buffer is in use (a serializer that serializes another
 * value) is a fresh one. Buffers that grew past {@value #MAX_RETAINED} bytes are not kept.
 */
final class OutputPool {

    private static final int INITIAL_CAPACITY = 256;
    private static final int MAX_RETAINED = 64 * 1024;
    /**
     * Each thread's idle buffer in a one-element holder: emptying and refilling the holder is far cheaper
     * than {@link ThreadLocal#remove()} and {@link ThreadLocal#set}, which take and put back a buffer on
     * every serialization.
     */
    private static final ThreadLocal<BufferOutput[]> IDLE = ThreadLocal.withInitial(() -> new BufferOutput[1]);

    private OutputPool() {
    }

    static BufferOutput take(DataCodec codec, ByteOrder order) {
        BufferOutput[] idle = IDLE.get();
        BufferOutput out = idle[0];
        if (out == null) {
            return new BufferOutput(codec, order, INITIAL_CAPACITY);
        }
        idle[0] = null;
        out.attach(codec, order);
        return out;
    }

    static void release(BufferOutput out) {
        if (out.capacity() <= MAX_RETAINED) {
            out.detach();
            IDLE.get()[0] = out;
        }
    }
}
