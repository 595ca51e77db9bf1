/**
 * The serialization engine behind {@link io.alder.serialization.SerializationService}: byte buffers with
 * 3.12's encodings, the serializer lookup, and one class per family of built-in serializers.
 *
 * <p>Not API: may change without notice. Runs on the caller's thread; shared state is immutable or
 * concurrent.
 */
package io.alder.serialization.internal;
