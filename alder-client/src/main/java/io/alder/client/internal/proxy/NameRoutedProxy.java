package io.alder.client.internal.proxy;

import io.alder.client.AsyncDistributedObject;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What the proxies of objects that live in the partition of their name (a counter, a latch, a semaphore,
 * ...) share: their requests are encoded with the family's codec and carry the partition of the name in
 * their header, as a 3.12 client routes them; values are serialized on the calling thread; destroying goes
 * through the client's object registry. Thread-safe.
 */
abstract class NameRoutedProxy implements AsyncDistributedObject {

    private final String name;
    private final String serviceName;
    private final RequestFamily family;
    private final ClientContext context;
    private final ObjectRegistry objects;

    /**
     * @param serviceName the service of the object, as 3.12 members know it
     * @param family the codec of the object's requests
     * @param objects where the object is destroyed
     */
    NameRoutedProxy(String name, String serviceName, RequestFamily family, ClientContext context,
            ObjectRegistry objects) {
        this.name = Objects.requireNonNull(name, "name");
        this.serviceName = serviceName;
        this.family = family;
        this.context = context;
        this.objects = objects;
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final CompletableFuture<Void> destroy() {
        return objects.destroy(serviceName, name);
    }

    /** The request of the calls that carry only the name. */
    final NameRequest nameOnly() {
        return new NameRequest(name);
    }

    /** The request of a function call: the name and the serialized function. */
    final ValueRequest function(Object function) {
        return new ValueRequest(name, toData(Objects.requireNonNull(function, "function")));
    }

    /** Serializes a value; null stays null. */
    final Data toData(Object value) {
        return context.serialization().toData(value);
    }

    /** The decoder of a DATA response: the deserialized value, or null. */
    final <T> T decodeObject(ClientMessage response) {
        Data data = ResponseCodec.decodeData(response);
        return data == null ? null : context.serialization().toObject(data);
    }

    /** Sends a request the member answers without waiting on purpose. */
    final <T> CompletableFuture<T> send(MessageType type, CodecRequest request, Function<ClientMessage, T> decoder) {
        return send(type, request, Calls.NO_WAIT, decoder);
    }

    /** Sends a request the member may hold for {@code waitTime} on purpose (null: as long as it takes). */
    final <T> CompletableFuture<T> send(MessageType type, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        ClientMessage message = family.encode(context.allocator(), type, 0, context.partitionIdOfName(name), request);
        return Calls.invoke(context.invocations(), message, waitTime, decoder);
    }

    @Override
    public String toString() {
        return "AsyncAlder" + getClass().getSimpleName().replace("Proxy", "") + "{name=" + name + "}";
    }
}
