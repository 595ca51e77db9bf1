package io.alder.serialization.internal;

import io.alder.serialization.StreamSerializer;

/**
 * A built-in serializer and the exact class it serializes ({@code null} for the null serializer). As in
 * 3.12, the class is matched exactly: a subclass of a built-in type goes through the other lookups.
 *
 * @param type the class, or {@code null}
 * @param serializer the serializer
 */
record BuiltIn(Class<?> type, StreamSerializer<?> serializer) {

    static <T> BuiltIn of(Class<T> type, int typeId, SimpleSerializer.Writer<T> writer,
            SimpleSerializer.Reader<T> reader) {
        return new BuiltIn(type, new SimpleSerializer<>(typeId, writer, reader));
    }
}
