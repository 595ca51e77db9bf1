package io.alder.protocol.codec;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import io.netty.buffer.ByteBufAllocator;
import java.util.List;

/**
 * Event messages (200-217). An event carries the correlation id of the request that registered the
 * listener, the flags BEGIN|END|LISTENER_EVENT, and the partition of its key (or -1).
 */
public final class EventCodec {

    /** MEMBER event types. */
    public static final int MEMBER_ADDED = 1;
    public static final int MEMBER_REMOVED = 2;

    /** ITEM event types. */
    public static final int ITEM_ADDED = 1;
    public static final int ITEM_REMOVED = 2;

    private EventCodec() {
    }

    /**
     * An ENTRY event (203).
     *
     * <pre>
     *   | key: Data? | value: Data? | oldValue: Data? | mergingValue: Data? | eventType: i32 | uuid: str |
     *   | numberOfAffectedEntries: i32 |
     * </pre>
     *
     * @param eventType one entry event bit (ADDED 1, REMOVED 2, UPDATED 4, EVICTED 8, EVICT_ALL 16, CLEAR_ALL 32,
     *     MERGED 64, EXPIRED 128, INVALIDATION 256, LOADED 512)
     * @param memberUuid the member where the event happened
     */
    public record EntryEvent(Data key, Data value, Data oldValue, Data mergingValue, int eventType,
            String memberUuid, int affectedEntries) {
    }

    public static ClientMessage encodeEntry(ByteBufAllocator allocator, long correlationId, int partitionId,
            EntryEvent event) {
        int size = 4 + MessageWriter.sizeOf(event.key()) + MessageWriter.sizeOf(event.value())
                + MessageWriter.sizeOf(event.oldValue()) + MessageWriter.sizeOf(event.mergingValue()) + 48;
        return MessageWriter.start(allocator, MessageType.EVENT_ENTRY, correlationId, partitionId, size)
                .writeNullableData(event.key()).writeNullableData(event.value())
                .writeNullableData(event.oldValue()).writeNullableData(event.mergingValue())
                .writeInt(event.eventType()).writeString(event.memberUuid()).writeInt(event.affectedEntries())
                .build();
    }

    public static EntryEvent decodeEntry(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_ENTRY);
        return new EntryEvent(in.readNullableData(), in.readNullableData(), in.readNullableData(),
                in.readNullableData(), in.readInt(), in.readString(), in.readInt());
    }

    /**
     * An ITEM event (204) of a queue, list or set listener.
     *
     * <pre>
     *   | item: Data? | uuid: str | eventType: i32 |
     * </pre>
     *
     * @param item the item added or removed; null for a listener registered without {@code includeValue}
     * @param memberUuid the member where the event happened
     * @param eventType {@link #ITEM_ADDED} or {@link #ITEM_REMOVED}
     */
    public record ItemEvent(Data item, String memberUuid, int eventType) {
    }

    public static ClientMessage encodeItem(ByteBufAllocator allocator, long correlationId, int partitionId,
            ItemEvent event) {
        int size = 1 + MessageWriter.sizeOf(event.item()) + MessageWriter.sizeOf(event.memberUuid()) + 4;
        return MessageWriter.start(allocator, MessageType.EVENT_ITEM, correlationId, partitionId, size)
                .writeNullableData(event.item()).writeString(event.memberUuid()).writeInt(event.eventType()).build();
    }

    public static ItemEvent decodeItem(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_ITEM);
        return new ItemEvent(in.readNullableData(), in.readString(), in.readInt());
    }

    /**
     * A TOPIC event (205): one message published on a topic.
     *
     * <pre>
     *   | item: Data | publishTime: i64 | uuid: str |
     * </pre>
     *
     * @param publishTime epoch milliseconds on the publishing member
     * @param memberUuid the publishing member
     */
    public record TopicEvent(Data item, long publishTime, String memberUuid) {
    }

    public static ClientMessage encodeTopic(ByteBufAllocator allocator, long correlationId, int partitionId,
            TopicEvent event) {
        int size = MessageWriter.sizeOf(event.item()) + MessageWriter.LONG_SIZE
                + MessageWriter.sizeOf(event.memberUuid());
        return MessageWriter.start(allocator, MessageType.EVENT_TOPIC, correlationId, partitionId, size)
                .writeData(event.item()).writeLong(event.publishTime()).writeString(event.memberUuid()).build();
    }

    public static TopicEvent decodeTopic(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_TOPIC);
        return new TopicEvent(in.readData(), in.readLong(), in.readString());
    }

    /** MEMBER (200): a member joined or left. */
    public record MemberEvent(MemberInfo member, int eventType) {
    }

    public static ClientMessage encodeMember(ByteBufAllocator allocator, long correlationId, MemberEvent event) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.EVENT_MEMBER, correlationId, -1, 96);
        event.member().write(out);
        return out.writeInt(event.eventType()).build();
    }

    public static MemberEvent decodeMember(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_MEMBER);
        return new MemberEvent(MemberInfo.read(in), in.readInt());
    }

    /** MEMBERLIST (201): every member, sent once when a membership listener registers. */
    public static ClientMessage encodeMemberList(ByteBufAllocator allocator, long correlationId, int partitionId,
            List<MemberInfo> members) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.EVENT_MEMBERLIST, correlationId, partitionId,
                4 + 96 * members.size());
        MemberInfo.writeList(out, members);
        return out.build();
    }

    public static List<MemberInfo> decodeMemberList(ClientMessage message) {
        return MemberInfo.readList(ResponseCodec.expect(message, MessageType.EVENT_MEMBERLIST));
    }

    /** MEMBERATTRIBUTECHANGE (202); {@code operationType} 1 = PUT, 2 = REMOVE (value null). */
    public record MemberAttributeEvent(String memberUuid, String key, int operationType, String value) {
    }

    public static ClientMessage encodeMemberAttributeChange(ByteBufAllocator allocator, long correlationId,
            MemberAttributeEvent event) {
        return MessageWriter.start(allocator, MessageType.EVENT_MEMBERATTRIBUTECHANGE, correlationId, -1, 96)
                .writeString(event.memberUuid()).writeString(event.key()).writeInt(event.operationType())
                .writeNullableString(event.value()).build();
    }

    public static MemberAttributeEvent decodeMemberAttributeChange(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_MEMBERATTRIBUTECHANGE);
        return new MemberAttributeEvent(in.readString(), in.readString(), in.readInt(), in.readNullableString());
    }

    /** PARTITIONS (217): the partition table, pushed to partition listeners. */
    public static ClientMessage encodePartitions(ByteBufAllocator allocator, long correlationId,
            PartitionTable table) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.EVENT_PARTITIONS, correlationId, -1,
                table.sizeHint());
        table.write(out);
        return out.build();
    }

    public static PartitionTable decodePartitions(ClientMessage message) {
        return PartitionTable.read(ResponseCodec.expect(message, MessageType.EVENT_PARTITIONS));
    }

    /** DISTRIBUTEDOBJECT (207); {@code eventType} is {@code CREATED} or {@code DESTROYED}. */
    public record DistributedObjectEvent(String name, String serviceName, String eventType) {
    }

    public static ClientMessage encodeDistributedObject(ByteBufAllocator allocator, long correlationId,
            DistributedObjectEvent event) {
        return MessageWriter.start(allocator, MessageType.EVENT_DISTRIBUTEDOBJECT, correlationId, -1, 96)
                .writeString(event.name()).writeString(event.serviceName()).writeString(event.eventType()).build();
    }

    public static DistributedObjectEvent decodeDistributedObject(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_DISTRIBUTEDOBJECT);
        return new DistributedObjectEvent(in.readString(), in.readString(), in.readString());
    }

    /** PARTITIONLOST (206). */
    public record PartitionLostEvent(int partitionId, int lostBackupCount, Address source) {
    }

    public static ClientMessage encodePartitionLost(ByteBufAllocator allocator, long correlationId,
            PartitionLostEvent event) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.EVENT_PARTITIONLOST, correlationId, -1, 48)
                .writeInt(event.partitionId()).writeInt(event.lostBackupCount());
        Address.writeNullable(out, event.source());
        return out.build();
    }

    public static PartitionLostEvent decodePartitionLost(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_PARTITIONLOST);
        return new PartitionLostEvent(in.readInt(), in.readInt(), Address.readNullable(in));
    }

    /** MAPPARTITIONLOST (209). */
    public record MapPartitionLostEvent(int partitionId, String memberUuid) {
    }

    public static ClientMessage encodeMapPartitionLost(ByteBufAllocator allocator, long correlationId,
            MapPartitionLostEvent event) {
        return MessageWriter.start(allocator, MessageType.EVENT_MAPPARTITIONLOST, correlationId, -1, 48)
                .writeInt(event.partitionId()).writeString(event.memberUuid()).build();
    }

    public static MapPartitionLostEvent decodeMapPartitionLost(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_MAPPARTITIONLOST);
        return new MapPartitionLostEvent(in.readInt(), in.readString());
    }
}
