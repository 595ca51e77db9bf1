package io.alder.server.clientprotocol;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.codec.ReplicatedMapCodec.REQUESTS;
import static io.alder.server.clientprotocol.Answers.answer;
import static io.alder.server.clientprotocol.Answers.answerVoid;

import io.alder.member.map.UnsupportedMapFeature;
import io.alder.member.replicatedmap.ReplicatedMapService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.protocol.codec.NameRequest;
import io.alder.protocol.codec.RegistrationIdRequest;
import io.alder.protocol.codec.ReplicatedMapCodec.EntryListenerRequest;
import io.alder.protocol.codec.ReplicatedMapCodec.PutRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.ValueListenerRequest;
import io.alder.protocol.codec.ValueRequest;
import io.alder.serialization.Data;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@code ReplicatedMap.*} family: the 18 ReplicatedMap messages of 3.12, served from the engine's
 * {@link ReplicatedMapService}; the two registrations with a predicate are refused with error 65, as IMap's
 * queries are, because a predicate is user code the member would have to run.
 *
 * <p>The frame header's partition is not used: 3.12 clients put a partition of their choosing there for the
 * whole-map reads and -1 for {@code putAll} and {@code clear}, and the member finds a key's partition itself.
 * Nothing waits. Entry listener registrations, the near-cache one included, live as long as the connection
 * (or until removed); their events always carry values, the registration's correlation id and the key's
 * partition (-1 for CLEAR_ALL).
 */
public final class ReplicatedMapRequests {

    private final ReplicatedMapService replicatedMaps;

    public ReplicatedMapRequests(ReplicatedMapService replicatedMaps) {
        this.replicatedMaps = replicatedMaps;
    }

    /** Registers a handler for every ReplicatedMap message type. */
    public void registerAll(RequestDispatcher dispatcher) {
        dispatcher.register(REPLICATED_MAP_PUT, (request, connection) -> {
            PutRequest put = REQUESTS.decodeAs(request, PutRequest.class);
            answer(request, connection, ResponseCodec::encodeData,
                    replicatedMaps.put(put.name(), put.key(), put.value(), put.ttl()));
        }).register(REPLICATED_MAP_PUT_ALL, (request, connection) -> {
            PutAllRequest putAll = REQUESTS.decodeAs(request, PutAllRequest.class);
            replicatedMaps.putAll(putAll.name(), putAll.entries());
            answerVoid(request, connection);
        }).register(REPLICATED_MAP_CLEAR, (request, connection) -> {
            replicatedMaps.clear(REQUESTS.decodeAs(request, NameRequest.class).name());
            answerVoid(request, connection);
        }).register(REPLICATED_MAP_CONTAINS_VALUE, (request, connection) -> {
            ValueRequest contains = REQUESTS.decodeAs(request, ValueRequest.class);
            answer(request, connection, ResponseCodec::encodeBoolean,
                    replicatedMaps.containsValue(contains.name(), contains.value()));
        });
        byKey(dispatcher, REPLICATED_MAP_GET, ResponseCodec::encodeData, replicatedMaps::get);
        byKey(dispatcher, REPLICATED_MAP_REMOVE, ResponseCodec::encodeData, replicatedMaps::remove);
        byKey(dispatcher, REPLICATED_MAP_CONTAINS_KEY, ResponseCodec::encodeBoolean, replicatedMaps::containsKey);
        NameReads.register(dispatcher, REQUESTS, REPLICATED_MAP_SIZE, ResponseCodec::encodeInt, replicatedMaps::size);
        NameReads.register(dispatcher, REQUESTS, REPLICATED_MAP_IS_EMPTY, ResponseCodec::encodeBoolean,
                replicatedMaps::isEmpty);
        NameReads.register(dispatcher, REQUESTS, REPLICATED_MAP_KEY_SET, ResponseCodec::encodeDataList,
                replicatedMaps::keySet);
        NameReads.register(dispatcher, REQUESTS, REPLICATED_MAP_VALUES, ResponseCodec::encodeDataList,
                replicatedMaps::values);
        NameReads.register(dispatcher, REQUESTS, REPLICATED_MAP_ENTRY_SET, ResponseCodec::encodeEntryList,
                replicatedMaps::entrySet);
        registerListeners(dispatcher);
    }

    private void registerListeners(RequestDispatcher dispatcher) {
        dispatcher.register(REPLICATED_MAP_ADD_ENTRY_LISTENER, this::addEntryListener)
                .register(REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY, this::addEntryListener)
                .register(REPLICATED_MAP_ADD_NEAR_CACHE_ENTRY_LISTENER, this::addNearCacheEntryListener)
                .register(REPLICATED_MAP_REMOVE_ENTRY_LISTENER, (request, connection) -> {
                    String registrationId = REQUESTS.decodeAs(request, RegistrationIdRequest.class).registrationId();
                    answer(request, connection, ResponseCodec::encodeBoolean,
                            connection.removeRegistration(registrationId));
                })
                .refuse(UnsupportedMapFeature.REPLICATED_MAP_PREDICATES::exception,
                        REPLICATED_MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE,
                        REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE);
    }

    private static <T> void byKey(RequestDispatcher dispatcher, MessageType type, ResponseEncoder<T> encoder,
            BiFunction<String, Data, T> read) {
        dispatcher.register(type, (request, connection) -> {
            IsLockedRequest key = REQUESTS.decodeAs(request, IsLockedRequest.class);
            answer(request, connection, encoder, read.apply(key.name(), key.key()));
        });
    }

    /** A single member holds every replica, so {@code localOnly} changes nothing. */
    private void addEntryListener(ClientMessage request, ClientConnection connection) {
        EntryListenerRequest listen = REQUESTS.decodeAs(request, EntryListenerRequest.class);
        register(request, connection, listen.name(), listen.key());
    }

    /**
     * A near cache hears every change to invalidate its entries: a plain registration for every key, whose
     * events carry values whatever {@code includeValue} says, as in 3.12.
     */
    private void addNearCacheEntryListener(ClientMessage request, ClientConnection connection) {
        register(request, connection, REQUESTS.decodeAs(request, ValueListenerRequest.class).name(), null);
    }

    private void register(ClientMessage request, ClientConnection connection, String name, Data key) {
        String registrationId = replicatedMaps.addEntryListener(name, key,
                EntryEvents.sender(connection, request.correlationId()));
        connection.addRegistration(registrationId, () -> replicatedMaps.removeEntryListener(name, registrationId));
        answer(request, connection, ResponseCodec::encodeString, registrationId);
    }
}
