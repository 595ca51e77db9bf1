package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.AtomicReferenceCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;

import io.alder.member.UnsupportedFeatureException;
import io.alder.member.atomic.AtomicReferenceService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.AtomicReferenceCodec.CompareAndSetRequest;
import io.alder.protocol.codec.AtomicReferenceCodec.ReferenceRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Data;

/**
 * The {@code AtomicReference.*} family: a handler for each of the 8 IAtomicReference messages of 3.12 that
 * work on the value, served from the engine's {@link AtomicReferenceService}; the 4 that run a client's
 * function on the member ({@code apply}, {@code alter}, {@code alterAndGet}, {@code getAndAlter}) are refused
 * with error 65, since an Alder member runs no user code.
 *
 * <p>Every message runs on the partition in its request header, which 3.12 clients fill with the partition
 * of the reference's name; a header without one (-1) is refused with an {@link IllegalArgumentException}.
 * Values are compared by their serialized bytes, and null is a value. Nothing waits: every request is
 * answered at once.
 */
public final class AtomicReferenceRequests {

    private final AtomicReferenceService references;

    public AtomicReferenceRequests(AtomicReferenceService references) {
        this.references = references;
    }

    /** A call on the reference that answers a {@code T}. */
    @FunctionalInterface
    private interface ReferenceCall<T> {
        T apply(int partitionId, String name);
    }

    /** A call with a value (null for none) that answers a {@code T}. */
    @FunctionalInterface
    private interface ValueCall<T> {
        T apply(int partitionId, String name, Data value);
    }

    /** Registers a handler for every AtomicReference message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        onName(dispatcher, ATOMIC_REFERENCE_GET, ResponseCodec::encodeData, references::get);
        onName(dispatcher, ATOMIC_REFERENCE_IS_NULL, ResponseCodec::encodeBoolean, references::isNull);
        onName(dispatcher, ATOMIC_REFERENCE_CLEAR, ResponseCodec::encodeVoid, (partition, name) -> {
            references.set(partition, name, null);
            return null;
        });
        withValue(dispatcher, ATOMIC_REFERENCE_CONTAINS, ResponseCodec::encodeBoolean, references::contains);
        withValue(dispatcher, ATOMIC_REFERENCE_GET_AND_SET, ResponseCodec::encodeData, references::getAndSet);
        withValue(dispatcher, ATOMIC_REFERENCE_SET, ResponseCodec::encodeVoid, (partition, name, value) -> {
            references.set(partition, name, value);
            return null;
        });
        withValue(dispatcher, ATOMIC_REFERENCE_SET_AND_GET, ResponseCodec::encodeData, (partition, name, value) -> {
            references.set(partition, name, value);
            return value;
        });
        dispatcher.register(ATOMIC_REFERENCE_COMPARE_AND_SET, (request, connection) -> {
            CompareAndSetRequest cas = REQUESTS.decodeAs(request, CompareAndSetRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    references.compareAndSet(partition(request), cas.name(), cas.expected(), cas.updated()));
        }).refuse(() -> new UnsupportedFeatureException("IAtomicReference functions (apply, alter, alterAndGet, "
                + "getAndAlter) are not supported by Alder: they run a client's IFunction on the member, and an "
                + "Alder member runs no user code"), ATOMIC_REFERENCE_APPLY, ATOMIC_REFERENCE_ALTER,
                ATOMIC_REFERENCE_ALTER_AND_GET, ATOMIC_REFERENCE_GET_AND_ALTER);
    }

    private static <T> void onName(RequestDispatcher dispatcher, MessageType type, ResponseEncoder<T> encoder,
            ReferenceCall<T> call) {
        dispatcher.register(type, (request, connection) -> answer(request, connection, encoder,
                call.apply(partition(request), REQUESTS.decodeAs(request, NameRequest.class).name())));
    }

    private static <T> void withValue(RequestDispatcher dispatcher, MessageType type, ResponseEncoder<T> encoder,
            ValueCall<T> call) {
        dispatcher.register(type, (request, connection) -> {
            ReferenceRequest withValue = REQUESTS.decodeAs(request, ReferenceRequest.class);
            answer(request, connection, encoder, call.apply(partition(request), withValue.name(), withValue.value()));
        });
    }

    private static int partition(ClientMessage request) {
        return HeaderPartition.of(request, "reference name");
    }
}
