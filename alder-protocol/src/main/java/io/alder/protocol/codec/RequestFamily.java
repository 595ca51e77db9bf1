package io.alder.protocol.codec;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.netty.buffer.ByteBufAllocator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The requests of one message family, by message type: the record each type's parameters are read into
 * (its "shape"), and which records may be written as it. Each family codec fills one, e.g.
 * {@link MapCodec#REQUESTS}, in its static initializer; read-only from then on, so any thread may use it.
 *
 * <p>Server side: a handler that knows its message type reads it with {@link #decodeAs};
 * {@link #decode} picks the shape from the type. Client side: {@link #encode} writes a record
 * under any message type of its shape, with the given correlation id and header partition id.
 */
public final class RequestFamily {

    private final String name;
    private final Map<MessageType, Shape> shapes = new EnumMap<>(MessageType.class);
    private final Set<MessageType> types = Collections.unmodifiableSet(shapes.keySet());

    /**
     * How one message type's parameters are read, and which records may be written as it.
     *
     * @param record the class of the records {@code reader} returns
     * @param accepts which records may be written as the type: all of {@code record}'s, or fewer
     */
    private record Shape(Class<? extends CodecRequest> record, Predicate<CodecRequest> accepts,
            Function<ParameterReader, ? extends CodecRequest> reader) {
    }

    /**
     * An empty family.
     *
     * @param name the family's name in error messages, e.g. {@code Map}
     */
    RequestFamily(String name) {
        this.name = name;
    }

    /** Registers {@code record} as the shape of {@code types}, read by {@code reader}. */
    <R extends CodecRequest> void register(Class<R> record, Function<ParameterReader, R> reader,
            MessageType... types) {
        for (MessageType type : types) {
            register(type, record, record::isInstance, reader);
        }
    }

    /** Registers a type whose records are told apart by more than their class, as {@code accepts} says. */
    <R extends CodecRequest> void register(MessageType type, Class<R> record, Predicate<CodecRequest> accepts,
            Function<ParameterReader, R> reader) {
        if (shapes.putIfAbsent(type, new Shape(record, accepts, reader)) != null) {
            throw new IllegalStateException(type + " registered twice");
        }
    }

    /** The message types of this family. */
    public Set<MessageType> types() {
        return types;
    }

    /**
     * Decodes any request of this family into the record of its shape.
     *
     * @throws MalformedMessageException if the type is not of this family or the payload is malformed
     */
    public CodecRequest decode(ClientMessage message) {
        return shapeOf(message).reader().apply(message.reader());
    }

    /**
     * Decodes a request whose shape the caller knows, e.g. a handler registered for its message type.
     *
     * @throws MalformedMessageException if the type is not of this family, has another shape, or the payload is
     *     malformed
     */
    public <R extends CodecRequest> R decodeAs(ClientMessage message, Class<R> shape) {
        Shape registered = shapeOf(message);
        if (!shape.isAssignableFrom(registered.record())) {
            throw new MalformedMessageException("expected " + shape.getSimpleName() + " but "
                    + MessageType.describe(message.type()) + " is a " + registered.record().getSimpleName());
        }
        return shape.cast(registered.reader().apply(message.reader()));
    }

    /**
     * Encodes a request as the given message type.
     *
     * @param partitionId the header partition id: the partition of the key or name the request is bound to,
     *     -1 for none
     * @throws IllegalArgumentException if the type is not of this family or {@code request} is not its shape
     */
    public ClientMessage encode(ByteBufAllocator allocator, MessageType type, long correlationId, int partitionId,
            CodecRequest request) {
        Shape shape = shapes.get(type);
        if (shape == null || !shape.accepts().test(request)) {
            throw new IllegalArgumentException(request.getClass().getSimpleName() + " cannot be sent as " + type);
        }
        MessageWriter out = MessageWriter.start(allocator, type, correlationId, partitionId, request.encodedSize());
        request.write(out);
        return out.build();
    }

    private Shape shapeOf(ClientMessage message) {
        MessageType type = MessageType.of(message.type());
        Shape shape = type == null ? null : shapes.get(type);
        if (shape == null) {
            throw new MalformedMessageException("not a " + name + " request: " + MessageType.describe(message.type()));
        }
        return shape;
    }
}
