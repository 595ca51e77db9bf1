package io.alder.testsupport.golden;

import static io.alder.protocol.MessageType.*;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.ResponseEncoder;
import io.alder.protocol.codec.AtomicLongCodec;
import io.alder.protocol.codec.AtomicReferenceCodec;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.CodecRequest;
import io.alder.protocol.codec.ConditionCodec;
import io.alder.protocol.codec.CountDownLatchCodec;
import io.alder.protocol.codec.ErrorCodec;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ListCodec;
import io.alder.protocol.codec.LockCodec;
import io.alder.protocol.codec.MapCodec;
import io.alder.protocol.codec.MapResponseCodec;
import io.alder.protocol.codec.MultiMapCodec;
import io.alder.protocol.codec.QueueCodec;
import io.alder.protocol.codec.ReplicatedMapCodec;
import io.alder.protocol.codec.RequestFamily;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.protocol.codec.RingbufferCodec;
import io.alder.protocol.codec.SemaphoreCodec;
import io.alder.protocol.codec.SetCodec;
import io.alder.protocol.codec.TopicCodec;
import io.alder.testsupport.capture.FrameHeader;
import io.netty.buffer.ByteBufAllocator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * For each message type Alder has codecs for: how to decode a frame of it and how to encode the decoded
 * value back into the same message, given the captured header's correlation and partition ids.
 */
final class GoldenCodecs {

    /** Encodes a decoded value as a message with the captured header's ids. */
    @FunctionalInterface
    interface Encoder {
        ClientMessage encode(ByteBufAllocator allocator, FrameHeader header, Object decoded);
    }

    /** A message type's decoder and encoder. */
    record Codec(Function<ClientMessage, Object> decoder, Encoder encoder) {
    }

    /** What a decoder returns for a message without parameters. */
    static final Object NO_PARAMETERS = new Object() {
        @Override
        public String toString() {
            return "(no parameters)";
        }
    };

    private static final Map<MessageType, Codec> CODECS = new EnumMap<>(MessageType.class);

    static {
        registerClientRequests();
        for (RequestFamily family : List.of(MapCodec.REQUESTS, QueueCodec.REQUESTS, TopicCodec.REQUESTS,
                RingbufferCodec.REQUESTS, ListCodec.REQUESTS, SetCodec.REQUESTS, MultiMapCodec.REQUESTS,
                ReplicatedMapCodec.REQUESTS, LockCodec.REQUESTS, ConditionCodec.REQUESTS, AtomicLongCodec.REQUESTS,
                AtomicReferenceCodec.REQUESTS, CountDownLatchCodec.REQUESTS, SemaphoreCodec.REQUESTS)) {
            registerFamily(family);
        }
        registerResponses();
        registerEvents();
    }

    private GoldenCodecs() {
    }

    static Optional<Codec> of(MessageType type) {
        return Optional.ofNullable(CODECS.get(type));
    }

    private static void registerFamily(RequestFamily family) {
        for (MessageType type : family.types()) {
            put(type, family::decode, (allocator, header, value) -> family.encode(allocator, type,
                    header.correlationId(), header.partitionId(), (CodecRequest) value));
        }
    }

    private static void registerClientRequests() {
        put(CLIENT_AUTHENTICATION, ClientCodec::decodeAuthentication, (allocator, header, value) ->
                ClientCodec.encodeAuthentication(allocator, header.correlationId(),
                        (ClientCodec.AuthenticationRequest) value));
        put(CLIENT_AUTHENTICATION_CUSTOM, ClientCodec::decodeCustomAuthentication, (allocator, header, value) ->
                ClientCodec.encodeCustomAuthentication(allocator, header.correlationId(),
                        (ClientCodec.CustomAuthenticationRequest) value));
        put(CLIENT_CREATE_PROXY, ClientCodec::decodeCreateProxy, (allocator, header, value) ->
                ClientCodec.encodeCreateProxy(allocator, header.correlationId(),
                        (ClientCodec.CreateProxyRequest) value));
        put(CLIENT_DESTROY_PROXY, ClientCodec::decodeDestroyProxy, (allocator, header, value) ->
                ClientCodec.encodeDestroyProxy(allocator, header.correlationId(),
                        (ClientCodec.DestroyProxyRequest) value));
        for (MessageType type : List.of(CLIENT_ADD_MEMBERSHIP_LISTENER, CLIENT_ADD_PARTITION_LOST_LISTENER,
                CLIENT_ADD_DISTRIBUTED_OBJECT_LISTENER)) {
            put(type, ClientCodec::decodeLocalOnly, (allocator, header, value) ->
                    ClientCodec.encodeBooleanRequest(allocator, type, header.correlationId(), (Boolean) value));
        }
        for (MessageType type : List.of(CLIENT_REMOVE_PARTITION_LOST_LISTENER,
                CLIENT_REMOVE_DISTRIBUTED_OBJECT_LISTENER, CLIENT_STATISTICS)) {
            put(type, ClientCodec::decodeSingleString, (allocator, header, value) ->
                    ClientCodec.encodeStringRequest(allocator, type, header.correlationId(), (String) value));
        }
        for (MessageType type : List.of(CLIENT_GET_PARTITIONS, CLIENT_REMOVE_ALL_LISTENERS, CLIENT_PING,
                CLIENT_ADD_PARTITION_LISTENER, CLIENT_IS_FAILOVER_SUPPORTED)) {
            put(type, message -> NO_PARAMETERS, (allocator, header, value) ->
                    ClientCodec.encodeEmptyRequest(allocator, type, header.correlationId()));
        }
    }

    private static void registerResponses() {
        put(VOID, message -> NO_PARAMETERS, (allocator, header, value) ->
                ResponseCodec.encodeVoid(allocator, header.correlationId(), value));
        response(BOOLEAN, ResponseCodec::decodeBoolean, ResponseCodec::encodeBoolean);
        response(INTEGER, ResponseCodec::decodeInt, ResponseCodec::encodeInt);
        response(LONG, ResponseCodec::decodeLong, ResponseCodec::encodeLong);
        response(STRING, ResponseCodec::decodeString, ResponseCodec::encodeString);
        response(DATA, ResponseCodec::decodeData, ResponseCodec::encodeData);
        response(LIST_DATA, ResponseCodec::decodeDataList, ResponseCodec::encodeDataList);
        response(LIST_ENTRY, ResponseCodec::decodeEntryList, ResponseCodec::encodeEntryList);
        response(AUTHENTICATION, ResponseCodec::decodeAuthentication, ResponseCodec::encodeAuthentication);
        response(PARTITIONS, ResponseCodec::decodePartitions, ResponseCodec::encodePartitions);
        response(LIST_DISTRIBUTED_OBJECT, ResponseCodec::decodeDistributedObjects,
                ResponseCodec::encodeDistributedObjects);
        response(EXCEPTION, ErrorCodec::decode, ErrorCodec::encode);
        response(ENTRY_VIEW, MapResponseCodec::decodeEntryView, MapResponseCodec::encodeEntryView);
        response(READ_RESULT_SET, MapResponseCodec::decodeReadResultSet, MapResponseCodec::encodeReadResultSet);
        response(CACHE_KEY_ITERATOR_RESULT, MapResponseCodec::decodeKeyBatch, MapResponseCodec::encodeKeyBatch);
        response(ENTRIES_WITH_CURSOR, MapResponseCodec::decodeEntryBatch, MapResponseCodec::encodeEntryBatch);
        response(LIST_DATA_MAYBE_NULL_ELEMENTS, MapResponseCodec::decodeNullableElementDataList,
                MapResponseCodec::encodeNullableElementDataList);
        response(QUERY_RESULT_SEGMENT, MapResponseCodec::decodeQueryResultSegment,
                MapResponseCodec::encodeQueryResultSegment);
        response(EVENT_JOURNAL_INITIAL_SUBSCRIBER_STATE, MapResponseCodec::decodeEventJournalState,
                MapResponseCodec::encodeEventJournalState);
    }

    private static void registerEvents() {
        put(EVENT_ENTRY, EventCodec::decodeEntry, (allocator, header, value) -> EventCodec.encodeEntry(allocator,
                header.correlationId(), header.partitionId(), (EventCodec.EntryEvent) value));
        put(EVENT_ITEM, EventCodec::decodeItem, (allocator, header, value) -> EventCodec.encodeItem(allocator,
                header.correlationId(), header.partitionId(), (EventCodec.ItemEvent) value));
        put(EVENT_TOPIC, EventCodec::decodeTopic, (allocator, header, value) -> EventCodec.encodeTopic(allocator,
                header.correlationId(), header.partitionId(), (EventCodec.TopicEvent) value));
        put(EVENT_MEMBER, EventCodec::decodeMember, (allocator, header, value) ->
                EventCodec.encodeMember(allocator, header.correlationId(), (EventCodec.MemberEvent) value));
        put(EVENT_MEMBERLIST, EventCodec::decodeMemberList, (allocator, header, value) ->
                EventCodec.encodeMemberList(allocator, header.correlationId(), header.partitionId(), cast(value)));
        put(EVENT_MEMBERATTRIBUTECHANGE, EventCodec::decodeMemberAttributeChange, (allocator, header, value) ->
                EventCodec.encodeMemberAttributeChange(allocator, header.correlationId(),
                        (EventCodec.MemberAttributeEvent) value));
        put(EVENT_PARTITIONS, EventCodec::decodePartitions, (allocator, header, value) ->
                EventCodec.encodePartitions(allocator, header.correlationId(), cast(value)));
        put(EVENT_DISTRIBUTEDOBJECT, EventCodec::decodeDistributedObject, (allocator, header, value) ->
                EventCodec.encodeDistributedObject(allocator, header.correlationId(),
                        (EventCodec.DistributedObjectEvent) value));
        put(EVENT_PARTITIONLOST, EventCodec::decodePartitionLost, (allocator, header, value) ->
                EventCodec.encodePartitionLost(allocator, header.correlationId(),
                        (EventCodec.PartitionLostEvent) value));
        put(EVENT_MAPPARTITIONLOST, EventCodec::decodeMapPartitionLost, (allocator, header, value) ->
                EventCodec.encodeMapPartitionLost(allocator, header.correlationId(),
                        (EventCodec.MapPartitionLostEvent) value));
    }

    private static void put(MessageType type, Function<ClientMessage, ?> decoder, Encoder encoder) {
        CODECS.put(type, new Codec(decoder::apply, encoder));
    }

    private static <T> void response(MessageType type, Function<ClientMessage, T> decoder,
            ResponseEncoder<T> encoder) {
        put(type, decoder, (allocator, header, value) ->
                encoder.encode(allocator, header.correlationId(), cast(value)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
