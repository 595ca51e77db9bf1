package io.alder.serialization.internal;

import io.alder.serialization.SerializationConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/**
 * Opens the Java serialization streams shared by the Serializable and Externalizable serializers: plain or
 * gzip-compressed as configured, reading through the configured class loading and filter.
 */
final class JavaStreams {

    /** Writes to an object stream. */
    @FunctionalInterface
    interface Body {
        void writeTo(ObjectOutputStream stream) throws IOException;
    }

    private final boolean compress;
    private final ObjectInputFilter filter;
    private final ClassLoading classes;

    JavaStreams(SerializationConfig config, ClassLoading classes) {
        this.compress = config.javaCompression();
        this.filter = config.javaSerializationFilter();
        this.classes = classes;
    }

    /** Writes a Java serialization stream (header included) filled by {@code body} into {@code out}. */
    void write(BufferOutput out, Body body) throws IOException {
        if (!compress) {
            ObjectOutputStream stream = new ObjectOutputStream(out);
            body.writeTo(stream);
            stream.flush();
            return;
        }
        GzipMember.Output gzip = GzipMember.output(out);
        try {
            ObjectOutputStream stream = new ObjectOutputStream(gzip);
            body.writeTo(stream);
            stream.flush();
        } finally {
            gzip.finishMember();
        }
    }

    /** Opens the Java serialization stream at the input's position. */
    ObjectInputStream read(BufferInput in) throws IOException {
        InputStream source = compress ? new ByteArrayInputStream(GzipMember.inflate(in)) : in;
        return classes.objectInput(source, filter);
    }
}
