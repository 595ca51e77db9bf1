package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderAtomicLong;
import io.alder.client.DistributedObject;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.AtomicLongCodec;
import io.alder.protocol.codec.AtomicLongCodec.CompareAndSetRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.ResponseCodec;
import java.util.concurrent.CompletableFuture;

/**
 * The client side of one distributed counter: builds each request with the AtomicLong codec and sends it to
 * the partition of the counter's name. Thread-safe.
 */
public final class AtomicLongProxy extends NameRoutedProxy implements AsyncAlderAtomicLong {

    /**
     * A proxy for the counter {@code name}.
     *
     * @param objects where the counter is destroyed
     */
    public AtomicLongProxy(String name, ClientContext context, ObjectRegistry objects) {
        super(name, DistributedObject.ATOMIC_LONG_SERVICE, AtomicLongCodec.REQUESTS, context, objects);
    }

    @Override
    public CompletableFuture<Long> get() {
        return onName(ATOMIC_LONG_GET);
    }

    @Override
    public CompletableFuture<Void> set(long newValue) {
        return send(ATOMIC_LONG_SET, new LongRequest(getName(), newValue), Calls::ignore);
    }

    @Override
    public CompletableFuture<Long> getAndSet(long newValue) {
        return withLong(ATOMIC_LONG_GET_AND_SET, newValue);
    }

    @Override
    public CompletableFuture<Long> addAndGet(long delta) {
        return withLong(ATOMIC_LONG_ADD_AND_GET, delta);
    }

    @Override
    public CompletableFuture<Long> getAndAdd(long delta) {
        return withLong(ATOMIC_LONG_GET_AND_ADD, delta);
    }

    @Override
    public CompletableFuture<Long> incrementAndGet() {
        return onName(ATOMIC_LONG_INCREMENT_AND_GET);
    }

    @Override
    public CompletableFuture<Long> decrementAndGet() {
        return onName(ATOMIC_LONG_DECREMENT_AND_GET);
    }

    @Override
    public CompletableFuture<Long> getAndIncrement() {
        return onName(ATOMIC_LONG_GET_AND_INCREMENT);
    }

    @Override
    public CompletableFuture<Boolean> compareAndSet(long expect, long update) {
        return send(ATOMIC_LONG_COMPARE_AND_SET, new CompareAndSetRequest(getName(), expect, update),
                ResponseCodec::decodeBoolean);
    }

    @Override
    public CompletableFuture<Void> alter(Object function) {
        return send(ATOMIC_LONG_ALTER, function(function), Calls::ignore);
    }

    @Override
    public CompletableFuture<Long> alterAndGet(Object function) {
        return send(ATOMIC_LONG_ALTER_AND_GET, function(function), ResponseCodec::decodeLong);
    }

    @Override
    public CompletableFuture<Long> getAndAlter(Object function) {
        return send(ATOMIC_LONG_GET_AND_ALTER, function(function), ResponseCodec::decodeLong);
    }

    @Override
    public <R> CompletableFuture<R> apply(Object function) {
        return send(ATOMIC_LONG_APPLY, function(function), this::decodeObject);
    }

    private CompletableFuture<Long> onName(MessageType type) {
        return send(type, nameOnly(), ResponseCodec::decodeLong);
    }

    private CompletableFuture<Long> withLong(MessageType type, long argument) {
        return send(type, new LongRequest(getName(), argument), ResponseCodec::decodeLong);
    }
}
