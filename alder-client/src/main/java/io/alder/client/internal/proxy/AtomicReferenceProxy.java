package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderAtomicReference;
import io.alder.client.DistributedObject;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.AtomicReferenceCodec;
import io.alder.protocol.codec.AtomicReferenceCodec.CompareAndSetRequest;
import io.alder.protocol.codec.AtomicReferenceCodec.ReferenceRequest;
import io.alder.protocol.codec.ResponseCodec;
import java.util.concurrent.CompletableFuture;

/**
 * The client side of one distributed reference: builds each request with the AtomicReference codec and
 * sends it to the partition of the reference's name. Values are serialized on the calling thread; null is
 * sent as null. Thread-safe.
 */
public final class AtomicReferenceProxy<E> extends NameRoutedProxy implements AsyncAlderAtomicReference<E> {

    /**
     * A proxy for the reference {@code name}.
     *
     * @param objects where the reference is destroyed
     */
    public AtomicReferenceProxy(String name, ClientContext context, ObjectRegistry objects) {
        super(name, DistributedObject.ATOMIC_REFERENCE_SERVICE, AtomicReferenceCodec.REQUESTS, context, objects);
    }

    @Override
    public CompletableFuture<E> get() {
        return send(ATOMIC_REFERENCE_GET, nameOnly(), this::decodeObject);
    }

    @Override
    public CompletableFuture<Void> set(E newValue) {
        return send(ATOMIC_REFERENCE_SET, withValue(newValue), Calls::ignore);
    }

    @Override
    public CompletableFuture<E> getAndSet(E newValue) {
        return send(ATOMIC_REFERENCE_GET_AND_SET, withValue(newValue), this::decodeObject);
    }

    @Override
    public CompletableFuture<E> setAndGet(E update) {
        return send(ATOMIC_REFERENCE_SET_AND_GET, withValue(update), this::decodeObject);
    }

    @Override
    public CompletableFuture<Boolean> compareAndSet(E expect, E update) {
        CompareAndSetRequest request = new CompareAndSetRequest(getName(), toData(expect), toData(update));
        return send(ATOMIC_REFERENCE_COMPARE_AND_SET, request, ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Boolean> isNull() {
        return send(ATOMIC_REFERENCE_IS_NULL, nameOnly(), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> clear() {
        return send(ATOMIC_REFERENCE_CLEAR, nameOnly(), Calls::ignore);
    }

    @Override
    public CompletableFuture<Boolean> contains(E value) {
        return send(ATOMIC_REFERENCE_CONTAINS, withValue(value), ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> alter(Object function) {
        return send(ATOMIC_REFERENCE_ALTER, function(function), Calls::ignore);
    }

    @Override
    public CompletableFuture<E> alterAndGet(Object function) {
        return functionResult(ATOMIC_REFERENCE_ALTER_AND_GET, function);
    }

    @Override
    public CompletableFuture<E> getAndAlter(Object function) {
        return functionResult(ATOMIC_REFERENCE_GET_AND_ALTER, function);
    }

    @Override
    public <R> CompletableFuture<R> apply(Object function) {
        return functionResult(ATOMIC_REFERENCE_APPLY, function);
    }

    private ReferenceRequest withValue(E value) {
        return new ReferenceRequest(getName(), toData(value));
    }

    private <R> CompletableFuture<R> functionResult(MessageType type, Object function) {
        return send(type, function(function), this::decodeObject);
    }
}
