package io.alder.protocol;

import io.netty.buffer.ByteBufAllocator;

/**
 * Encodes a result as the response to the request with the given correlation id. The response codecs'
 * static methods ({@code ResponseCodec::encodeData}, ...) fit this shape.
 */
@FunctionalInterface
public interface ResponseEncoder<T> {

    ClientMessage encode(ByteBufAllocator allocator, long correlationId, T value);
}
