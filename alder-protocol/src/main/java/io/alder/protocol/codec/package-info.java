/**
 * One codec class per message family, plus the response, event and error codecs they share. Decoded request
 * parameters are records, one per layout ("shape"), all {@link io.alder.protocol.codec.CodecRequest}s;
 * shapes that several families use are top-level records ({@link io.alder.protocol.codec.NameRequest}, ...),
 * the others are nested in their family's codec, whose {@link io.alder.protocol.codec.RequestFamily} maps
 * each message type to its shape. Encoders take an allocator, a correlation id and (for requests and
 * events) a partition id. Decoders check every length, so a malformed payload raises
 * {@link io.alder.protocol.MalformedMessageException} instead of reading garbage.
 */
package io.alder.protocol.codec;
