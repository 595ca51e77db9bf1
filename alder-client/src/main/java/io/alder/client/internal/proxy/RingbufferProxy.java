package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.client.AsyncAlderRingbuffer;
import io.alder.client.DistributedObject;
import io.alder.client.OverflowPolicy;
import io.alder.client.ReadResultSet;
import io.alder.client.internal.ClientContext;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.LongRequest;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.RingbufferCodec;
import io.alder.protocol.codec.RingbufferCodec.AddAllRequest;
import io.alder.protocol.codec.RingbufferCodec.AddRequest;
import io.alder.protocol.codec.RingbufferCodec.ReadManyRequest;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The client side of one ringbuffer: every request goes to the owner of the partition of its name. Reads
 * that wait for items have no deadline, as in 3.12, and arguments are checked as a 3.12 client checks
 * them before anything is sent. Reliable topics use the serialized forms ({@link #addData},
 * {@link #readData}). Thread-safe.
 */
public final class RingbufferProxy<E> implements AsyncAlderRingbuffer<E> {

    /** The most items a {@code readMany} or {@code addAll} takes, as 3.12 clients enforce. */
    static final int MAX_BATCH_SIZE = 1000;

    private final String name;
    private final ClientContext context;
    private final ObjectRegistry objects;

    /** @param objects where the ringbuffer is destroyed */
    public RingbufferProxy(String name, ClientContext context, ObjectRegistry objects) {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.objects = objects;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public CompletableFuture<Long> capacity() {
        return number(RINGBUFFER_CAPACITY);
    }

    @Override
    public CompletableFuture<Long> size() {
        return number(RINGBUFFER_SIZE);
    }

    @Override
    public CompletableFuture<Long> tailSequence() {
        return number(RINGBUFFER_TAIL_SEQUENCE);
    }

    @Override
    public CompletableFuture<Long> headSequence() {
        return number(RINGBUFFER_HEAD_SEQUENCE);
    }

    @Override
    public CompletableFuture<Long> remainingCapacity() {
        return number(RINGBUFFER_REMAINING_CAPACITY);
    }

    @Override
    public CompletableFuture<Long> add(E item, OverflowPolicy overflowPolicy) {
        return addData(toData(item), overflowPolicy);
    }

    @Override
    public CompletableFuture<Long> addAll(Collection<? extends E> items, OverflowPolicy overflowPolicy) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(overflowPolicy, "overflowPolicy");
        if (items.isEmpty() || items.size() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("items: " + items.size() + " (expected: 1.." + MAX_BATCH_SIZE + ")");
        }
        List<Data> data = new ArrayList<>(items.size());
        for (E item : items) {
            data.add(toData(item));
        }
        return send(RINGBUFFER_ADD_ALL, new AddAllRequest(name, data, overflowPolicy.id()), Calls.NO_WAIT,
                ResponseCodec::decodeLong);
    }

    @Override
    public CompletableFuture<E> readOne(long sequence) {
        checkSequence(sequence);
        return send(RINGBUFFER_READ_ONE, new LongRequest(name, sequence), null,
                response -> context.serialization().<E>toObject(ResponseCodec.decodeData(response)));
    }

    @Override
    public CompletableFuture<ReadResultSet<E>> readMany(long startSequence, int minCount, int maxCount) {
        return readData(startSequence, minCount, maxCount)
                .thenApply(result -> new RingbufferItems<>(result, startSequence, context.serialization()));
    }

    @Override
    public CompletableFuture<Void> destroy() {
        return objects.destroy(DistributedObject.RINGBUFFER_SERVICE, name);
    }

    /** Adds a serialized item (see {@link #add}). */
    CompletableFuture<Long> addData(Data item, OverflowPolicy overflowPolicy) {
        Objects.requireNonNull(overflowPolicy, "overflowPolicy");
        return send(RINGBUFFER_ADD, new AddRequest(name, overflowPolicy.id(), item), Calls.NO_WAIT,
                ResponseCodec::decodeLong);
    }

    /** Reads serialized items (see {@link #readMany}); a read with a minimum waits without deadline. */
    CompletableFuture<MapResponseCodec.ReadResultSet> readData(long startSequence, int minCount, int maxCount) {
        checkSequence(startSequence);
        if (minCount < 0) {
            throw new IllegalArgumentException("minCount can't be smaller than 0");
        }
        if (maxCount < minCount) {
            throw new IllegalArgumentException("maxCount should be equal or larger than minCount");
        }
        if (maxCount > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("maxCount can't be larger than " + MAX_BATCH_SIZE);
        }
        return send(RINGBUFFER_READ_MANY, new ReadManyRequest(name, startSequence, minCount, maxCount, null),
                minCount == 0 ? Calls.NO_WAIT : null, MapResponseCodec::decodeReadResultSet);
    }

    private CompletableFuture<Long> number(MessageType type) {
        return send(type, new NameRequest(name), Calls.NO_WAIT, ResponseCodec::decodeLong);
    }

    private <T> CompletableFuture<T> send(MessageType type, CodecRequest request, Duration waitTime,
            Function<ClientMessage, T> decoder) {
        return Calls.invoke(context.invocations(), RingbufferCodec.REQUESTS.encode(context.allocator(), type, 0,
                context.partitionIdOfName(name), request), waitTime, decoder);
    }

    private Data toData(E item) {
        return context.serialization().toData(Objects.requireNonNull(item, "item"));
    }

    private static void checkSequence(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence can't be smaller than 0, but was: " + sequence);
        }
    }
}
