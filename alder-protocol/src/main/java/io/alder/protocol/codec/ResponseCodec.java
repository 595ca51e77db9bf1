package io.alder.protocol.codec;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import io.netty.buffer.ByteBufAllocator;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The response types shared by all families (100-110, 117): encoders for the member, decoders for the
 * client. Responses always carry partition id -1. Encoders match {@link io.alder.protocol.ResponseEncoder}.
 */
public final class ResponseCodec {

    private ResponseCodec() {
    }

    /** Starts a response: responses always carry partition id -1. */
    static MessageWriter start(ByteBufAllocator allocator, MessageType type, long correlationId, int size) {
        return MessageWriter.start(allocator, type, correlationId, -1, size);
    }

    /** VOID (100): no payload. The value is ignored, so any completion type fits. */
    public static ClientMessage encodeVoid(ByteBufAllocator allocator, long correlationId, Object ignored) {
        return start(allocator, MessageType.VOID, correlationId, 0).build();
    }

    /** BOOLEAN (101). */
    public static ClientMessage encodeBoolean(ByteBufAllocator allocator, long correlationId, Boolean value) {
        return start(allocator, MessageType.BOOLEAN, correlationId, 1).writeBoolean(value).build();
    }

    public static boolean decodeBoolean(ClientMessage message) {
        return expect(message, MessageType.BOOLEAN).readBoolean();
    }

    /** INTEGER (102). */
    public static ClientMessage encodeInt(ByteBufAllocator allocator, long correlationId, Integer value) {
        return start(allocator, MessageType.INTEGER, correlationId, 4).writeInt(value).build();
    }

    public static int decodeInt(ClientMessage message) {
        return expect(message, MessageType.INTEGER).readInt();
    }

    /** LONG (103). */
    public static ClientMessage encodeLong(ByteBufAllocator allocator, long correlationId, Long value) {
        return start(allocator, MessageType.LONG, correlationId, 8).writeLong(value).build();
    }

    public static long decodeLong(ClientMessage message) {
        return expect(message, MessageType.LONG).readLong();
    }

    /** STRING (104), e.g. a registration id. */
    public static ClientMessage encodeString(ByteBufAllocator allocator, long correlationId, String value) {
        return start(allocator, MessageType.STRING, correlationId, MessageWriter.sizeOf(value))
                .writeString(value).build();
    }

    public static String decodeString(ClientMessage message) {
        return expect(message, MessageType.STRING).readString();
    }

    /** DATA (105): a nullable value. */
    public static ClientMessage encodeData(ByteBufAllocator allocator, long correlationId, Data value) {
        return start(allocator, MessageType.DATA, correlationId, 1 + MessageWriter.sizeOf(value))
                .writeNullableData(value).build();
    }

    public static Data decodeData(ClientMessage message) {
        return expect(message, MessageType.DATA).readNullableData();
    }

    /** LIST_DATA (106). */
    public static ClientMessage encodeDataList(ByteBufAllocator allocator, long correlationId,
            Collection<Data> values) {
        return start(allocator, MessageType.LIST_DATA, correlationId, MessageWriter.sizeOf(values))
                .writeDataList(values).build();
    }

    public static List<Data> decodeDataList(ClientMessage message) {
        return expect(message, MessageType.LIST_DATA).readDataList();
    }

    /** LIST_ENTRY (117): key-value pairs. */
    public static ClientMessage encodeEntryList(ByteBufAllocator allocator, long correlationId,
            Collection<Map.Entry<Data, Data>> entries) {
        return start(allocator, MessageType.LIST_ENTRY, correlationId, MessageWriter.sizeOfEntries(entries))
                .writeDataEntryList(entries).build();
    }

    public static List<Map.Entry<Data, Data>> decodeEntryList(ClientMessage message) {
        return expect(message, MessageType.LIST_ENTRY).readDataEntryList();
    }

    /** AUTHENTICATION (107). */
    public static ClientMessage encodeAuthentication(ByteBufAllocator allocator, long correlationId,
            AuthenticationResult result) {
        MessageWriter out = start(allocator, MessageType.AUTHENTICATION, correlationId, 160);
        out.writeByte(result.status());
        Address.writeNullable(out, result.address());
        out.writeNullableString(result.uuid()).writeNullableString(result.ownerUuid())
                .writeByte(result.serializationVersion()).writeString(result.serverVersion());
        if (out.writeIsNull(result.unregisteredMembers())) {
            MemberInfo.writeList(out, result.unregisteredMembers());
        }
        out.writeInt(result.partitionCount()).writeString(result.clusterId());
        return out.build();
    }

    public static AuthenticationResult decodeAuthentication(ClientMessage message) {
        ParameterReader in = expect(message, MessageType.AUTHENTICATION);
        int status = in.readByte() & 0xff;
        Address address = Address.readNullable(in);
        String uuid = in.readNullableString();
        String ownerUuid = in.readNullableString();
        byte serializationVersion = in.readByte();
        String serverVersion = in.hasRemaining() ? in.readString() : null;
        List<MemberInfo> members = in.hasRemaining() && !in.readIsNull() ? MemberInfo.readList(in) : null;
        int partitionCount = in.hasRemaining() ? in.readInt() : -1;
        String clusterId = in.hasRemaining() ? in.readString() : null;
        return new AuthenticationResult(status, address, uuid, ownerUuid, serializationVersion, serverVersion,
                members, partitionCount, clusterId);
    }

    /** PARTITIONS (108). */
    public static ClientMessage encodePartitions(ByteBufAllocator allocator, long correlationId,
            PartitionTable table) {
        MessageWriter out = start(allocator, MessageType.PARTITIONS, correlationId, table.sizeHint());
        table.write(out);
        return out.build();
    }

    public static PartitionTable decodePartitions(ClientMessage message) {
        return PartitionTable.read(expect(message, MessageType.PARTITIONS));
    }

    /** LIST_DISTRIBUTED_OBJECT (110). */
    public static ClientMessage encodeDistributedObjects(ByteBufAllocator allocator, long correlationId,
            Collection<DistributedObjectInfo> objects) {
        MessageWriter out = start(allocator, MessageType.LIST_DISTRIBUTED_OBJECT, correlationId,
                4 + 48 * objects.size());
        out.writeInt(objects.size());
        for (DistributedObjectInfo object : objects) {
            out.writeString(object.serviceName()).writeString(object.name());
        }
        return out.build();
    }

    public static List<DistributedObjectInfo> decodeDistributedObjects(ClientMessage message) {
        return expect(message, MessageType.LIST_DISTRIBUTED_OBJECT).readList("distributed objects", 8,
                in -> new DistributedObjectInfo(in.readString(), in.readString()));
    }

    /**
     * A reader for a response of the expected type.
     *
     * @throws MalformedMessageException if the message has another type (an EXCEPTION must be handled before)
     */
    public static ParameterReader expect(ClientMessage message, MessageType type) {
        if (message.type() != type.id()) {
            throw new MalformedMessageException("expected a " + type.protocolName() + " response but got "
                    + MessageType.describe(message.type()));
        }
        return message.reader();
    }
}
