package io.alder.protocol.codec;

import io.alder.protocol.MessageWriter;

/**
 * The parameters of one request, decoded into the record of its layout ("shape"). Many messages share a
 * shape, within a family and across families: {@code Map.size} and {@code Lock.isLocked} are both a
 * {@link NameRequest}. Shapes used by more than one family are top-level records of this package; the
 * others are nested in their family's codec, whose {@code encode} writes a record under any message type
 * of its shape.
 */
public interface CodecRequest {

    /** Writes the parameters in wire order. */
    void write(MessageWriter out);

    /** The encoded size of the parameters, to size the buffer once. */
    int encodedSize();
}
