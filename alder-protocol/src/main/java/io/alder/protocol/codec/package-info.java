/**
 * One codec class per message family, plus the response, event and error codecs they share. Decoded
 * parameters are records; encoders take an allocator, a correlation id and (for requests and events) a
 * partition id. Decoders check every length, so a malformed payload raises
 * {@link io.alder.protocol.MalformedMessageException} instead of reading garbage.
 */
package io.alder.protocol.codec;
