/**
 * Serialized values in the Hazelcast 3.12 layout ({@link io.alder.serialization.Data}), the partition hash,
 * and the 3.12-compatible {@link io.alder.serialization.SerializationService} with its extension points:
 * {@link io.alder.serialization.IdentifiedDataSerializable}, {@link io.alder.serialization.Portable} and
 * {@link io.alder.serialization.StreamSerializer}, whose method sets follow 3.12's so that user code ports
 * unchanged.
 *
 * <p>This is API. Everything here is immutable or thread-safe unless its documentation says otherwise
 * (builders, and the streams, readers and writers handed to serializers, which belong to one call).
 */
package io.alder.serialization;
