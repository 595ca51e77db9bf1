package io.alder.protocol.codec;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import io.netty.buffer.ByteBufAllocator;
import java.util.List;
import java.util.Map;

/**
 * Requests of the {@code Client.*} family (service 0x00): authentication, listeners for members,
 * partitions and distributed objects, proxies, ping, statistics. Server-side decoders and client-side
 * encoders.
 */
public final class ClientCodec {

    private ClientCodec() {
    }

    /**
     * What every authentication request carries after its credentials.
     *
     * <pre>
     *   | uuid: str? | ownerUuid: str? | isOwnerConnection: bool | clientType: str | serializationVersion: u8 |
     *   | clientHazelcastVersion: str [1.3+] | clientName: str [1.8+] | labels: L&lt;str&gt; [1.8+] |
     *   | partitionCount: i32? [1.8+] | clusterId: str? [1.8+] |
     * </pre>
     * Fields a client did not send (older protocol versions) are null.
     */
    public record AuthenticationParameters(String uuid, String ownerUuid, boolean ownerConnection, String clientType,
            byte serializationVersion, String clientVersion, String clientName, List<String> labels,
            Integer partitionCount, String clusterId) {

        static AuthenticationParameters read(ParameterReader in) {
            String uuid = in.readNullableString();
            String ownerUuid = in.readNullableString();
            boolean owner = in.readBoolean();
            String clientType = in.readString();
            byte serializationVersion = in.readByte();
            String version = in.hasRemaining() ? in.readString() : null;
            if (!in.hasRemaining()) {
                return new AuthenticationParameters(uuid, ownerUuid, owner, clientType, serializationVersion,
                        version, null, null, null, null);
            }
            String name = in.readString();
            List<String> labels = in.readStringList();
            Integer partitionCount = in.readNullableInt();
            String clusterId = in.readNullableString();
            return new AuthenticationParameters(uuid, ownerUuid, owner, clientType, serializationVersion,
                    version, name, labels, partitionCount, clusterId);
        }

        void write(MessageWriter out) {
            out.writeNullableString(uuid).writeNullableString(ownerUuid).writeBoolean(ownerConnection)
                    .writeString(clientType).writeByte(serializationVersion);
            if (clientVersion == null) {
                return;
            }
            out.writeString(clientVersion);
            if (clientName == null) {
                return;
            }
            out.writeString(clientName).writeStringList(labels).writeNullableInt(partitionCount)
                    .writeNullableString(clusterId);
        }
    }

    /** {@code Client.authentication} (0x0002): {@code username:str}, {@code password:str}, then the parameters. */
    public record AuthenticationRequest(String username, String password, AuthenticationParameters parameters) {
    }

    /** {@code Client.authenticationCustom} (0x0003): {@code credentials:Data}, then the parameters. */
    public record CustomAuthenticationRequest(Data credentials, AuthenticationParameters parameters) {
    }

    public static AuthenticationRequest decodeAuthentication(ClientMessage message) {
        ParameterReader in = message.reader();
        return new AuthenticationRequest(in.readString(), in.readString(), AuthenticationParameters.read(in));
    }

    public static ClientMessage encodeAuthentication(ByteBufAllocator allocator, long correlationId,
            AuthenticationRequest request) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.CLIENT_AUTHENTICATION, correlationId, -1, 128);
        out.writeString(request.username()).writeString(request.password());
        request.parameters().write(out);
        return out.build();
    }

    public static CustomAuthenticationRequest decodeCustomAuthentication(ClientMessage message) {
        ParameterReader in = message.reader();
        return new CustomAuthenticationRequest(in.readData(), AuthenticationParameters.read(in));
    }

    public static ClientMessage encodeCustomAuthentication(ByteBufAllocator allocator, long correlationId,
            CustomAuthenticationRequest request) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.CLIENT_AUTHENTICATION_CUSTOM, correlationId,
                -1, 128 + request.credentials().size());
        out.writeData(request.credentials());
        request.parameters().write(out);
        return out.build();
    }

    /** {@code Client.createProxy} (0x0005). */
    public record CreateProxyRequest(String name, String serviceName, Address target) {
    }

    public static CreateProxyRequest decodeCreateProxy(ClientMessage message) {
        ParameterReader in = message.reader();
        return new CreateProxyRequest(in.readString(), in.readString(), Address.read(in));
    }

    public static ClientMessage encodeCreateProxy(ByteBufAllocator allocator, long correlationId,
            CreateProxyRequest request) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.CLIENT_CREATE_PROXY, correlationId, -1, 64);
        out.writeString(request.name()).writeString(request.serviceName());
        request.target().write(out);
        return out.build();
    }

    /** {@code Client.destroyProxy} (0x0006). */
    public record DestroyProxyRequest(String name, String serviceName) {
    }

    public static DestroyProxyRequest decodeDestroyProxy(ClientMessage message) {
        ParameterReader in = message.reader();
        return new DestroyProxyRequest(in.readString(), in.readString());
    }

    public static ClientMessage encodeDestroyProxy(ByteBufAllocator allocator, long correlationId,
            DestroyProxyRequest request) {
        return MessageWriter.start(allocator, MessageType.CLIENT_DESTROY_PROXY, correlationId, -1, 64)
                .writeString(request.name()).writeString(request.serviceName()).build();
    }

    /** {@code Client.createProxies} (0x0013): (name, serviceName) pairs. */
    public static List<DistributedObjectInfo> decodeCreateProxies(ClientMessage message) {
        return message.reader().readList("proxies", 8, in -> {
            String name = in.readString();
            return new DistributedObjectInfo(in.readString(), name);
        });
    }

    public static ClientMessage encodeCreateProxies(ByteBufAllocator allocator, long correlationId,
            List<DistributedObjectInfo> proxies) {
        MessageWriter out = MessageWriter.start(allocator, MessageType.CLIENT_CREATE_PROXIES, correlationId, -1,
                4 + 48 * proxies.size());
        out.writeInt(proxies.size());
        for (DistributedObjectInfo proxy : proxies) {
            out.writeString(proxy.name()).writeString(proxy.serviceName());
        }
        return out.build();
    }

    /** {@code Client.deployClasses} (0x0011): (class name, class bytes) pairs. */
    public static List<Map.Entry<String, byte[]>> decodeDeployClasses(ClientMessage message) {
        return message.reader().readList("class definitions", 8,
                in -> Map.entry(in.readString(), in.readBytes()));
    }

    /**
     * Decodes the single {@code localOnly:bool} of {@code addMembershipListener},
     * {@code addPartitionLostListener} and {@code addDistributedObjectListener}.
     */
    public static boolean decodeLocalOnly(ClientMessage message) {
        return message.reader().readBoolean();
    }

    /**
     * Decodes the single {@code str} of {@code removePartitionLostListener},
     * {@code removeDistributedObjectListener} (a registration id) and {@code statistics} (the stats text).
     */
    public static String decodeSingleString(ClientMessage message) {
        return message.reader().readString();
    }

    /** Encodes a request whose only parameter is a boolean ({@code localOnly}). */
    public static ClientMessage encodeBooleanRequest(ByteBufAllocator allocator, MessageType type, long correlationId,
            boolean value) {
        return MessageWriter.start(allocator, type, correlationId, -1, 1).writeBoolean(value).build();
    }

    /** Encodes a request whose only parameter is a string. */
    public static ClientMessage encodeStringRequest(ByteBufAllocator allocator, MessageType type, long correlationId,
            String value) {
        return MessageWriter.start(allocator, type, correlationId, -1, MessageWriter.sizeOf(value))
                .writeString(value).build();
    }

    /** Encodes a request without parameters ({@code ping}, {@code getPartitions}, ...). */
    public static ClientMessage encodeEmptyRequest(ByteBufAllocator allocator, MessageType type, long correlationId) {
        return MessageWriter.start(allocator, type, correlationId, -1, 0).build();
    }
}
