package io.alder.server.clientprotocol;

import static io.alder.server.clientprotocol.Answers.answerVoid;

import io.alder.member.DistributedObjects;
import io.alder.member.Engine;
import io.alder.member.MemberAttributes;
import io.alder.member.UnsupportedFeatureException;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.DistributedObjectInfo;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ResponseCodec;
import java.util.List;
import java.util.UUID;

/**
 * The {@code Client.*} family after authentication: membership, partition and distributed-object
 * listeners, proxies, the partition table, ping and statistics.
 */
final class ClientRequests {

    /** MEMBERATTRIBUTECHANGE operation types. */
    private static final int ATTRIBUTE_PUT = 1;
    private static final int ATTRIBUTE_REMOVED = 2;

    private final Engine engine;
    private final LocalMember member;

    ClientRequests(Engine engine, LocalMember member) {
        this.engine = engine;
        this.member = member;
    }

    void registerAll(RequestDispatcher dispatcher) {
        dispatcher.register(MessageType.CLIENT_ADD_MEMBERSHIP_LISTENER, this::addMembershipListener)
                .register(MessageType.CLIENT_ADD_PARTITION_LISTENER, this::addPartitionListener)
                .register(MessageType.CLIENT_GET_PARTITIONS, this::getPartitions)
                .register(MessageType.CLIENT_CREATE_PROXY, this::createProxy)
                .register(MessageType.CLIENT_CREATE_PROXIES, this::createProxies)
                .register(MessageType.CLIENT_DESTROY_PROXY, this::destroyProxy)
                .register(MessageType.CLIENT_GET_DISTRIBUTED_OBJECTS, this::getDistributedObjects)
                .register(MessageType.CLIENT_ADD_DISTRIBUTED_OBJECT_LISTENER, this::addDistributedObjectListener)
                .register(MessageType.CLIENT_REMOVE_DISTRIBUTED_OBJECT_LISTENER, ClientRequests::removeListener)
                .register(MessageType.CLIENT_ADD_PARTITION_LOST_LISTENER, ClientRequests::addPartitionLostListener)
                .register(MessageType.CLIENT_REMOVE_PARTITION_LOST_LISTENER, ClientRequests::removeListener)
                .register(MessageType.CLIENT_REMOVE_ALL_LISTENERS, ClientRequests::removeAllListeners)
                .register(MessageType.CLIENT_PING, Answers::answerVoid)
                .register(MessageType.CLIENT_STATISTICS, ClientRequests::statistics)
                .refuse(() -> new UnsupportedFeatureException("user code deployment is not supported: an Alder "
                        + "member never loads client classes"), MessageType.CLIENT_DEPLOY_CLASSES)
                .register(MessageType.CLIENT_IS_FAILOVER_SUPPORTED, ClientRequests::isFailoverSupported);
    }

    /**
     * Sends the member list first, then the registration id, as a 3.12 member does; later changes of
     * this member's attributes follow as attribute events.
     */
    private void addMembershipListener(ClientMessage request, ClientConnection connection) {
        ClientCodec.decodeLocalOnly(request);
        long correlationId = request.correlationId();
        connection.send(EventCodec.encodeMemberList(connection.allocator(), correlationId, -1, member.members()));
        MemberAttributes attributes = member.attributes();
        String registrationId = attributes.addListener(change -> connection.send(
                EventCodec.encodeMemberAttributeChange(connection.allocator(), correlationId,
                        new EventCodec.MemberAttributeEvent(member.uuid(), change.key(),
                                change.isRemoval() ? ATTRIBUTE_REMOVED : ATTRIBUTE_PUT, change.value()))));
        connection.addRegistration(registrationId, () -> attributes.removeListener(registrationId));
        connection.send(ResponseCodec.encodeString(connection.allocator(), correlationId, registrationId));
    }

    /** Pushes the partition table, then answers VOID. */
    private void addPartitionListener(ClientMessage request, ClientConnection connection) {
        long correlationId = request.correlationId();
        connection.send(EventCodec.encodePartitions(connection.allocator(), correlationId, member.partitionTable()));
        answerVoid(request, connection);
    }

    private void getPartitions(ClientMessage request, ClientConnection connection) {
        connection.send(ResponseCodec.encodePartitions(connection.allocator(), request.correlationId(),
                member.partitionTable()));
    }

    private void createProxy(ClientMessage request, ClientConnection connection) {
        ClientCodec.CreateProxyRequest proxy = ClientCodec.decodeCreateProxy(request);
        engine.distributedObjects().create(proxy.serviceName(), proxy.name());
        answerVoid(request, connection);
    }

    private void createProxies(ClientMessage request, ClientConnection connection) {
        for (DistributedObjectInfo proxy : ClientCodec.decodeCreateProxies(request)) {
            engine.distributedObjects().create(proxy.serviceName(), proxy.name());
        }
        answerVoid(request, connection);
    }

    private void destroyProxy(ClientMessage request, ClientConnection connection) {
        ClientCodec.DestroyProxyRequest proxy = ClientCodec.decodeDestroyProxy(request);
        engine.distributedObjects().destroy(proxy.serviceName(), proxy.name());
        answerVoid(request, connection);
    }

    private void getDistributedObjects(ClientMessage request, ClientConnection connection) {
        List<DistributedObjectInfo> objects = engine.distributedObjects().list().stream()
                .map(id -> new DistributedObjectInfo(id.serviceName(), id.name()))
                .toList();
        connection.send(ResponseCodec.encodeDistributedObjects(connection.allocator(), request.correlationId(), objects));
    }

    private void addDistributedObjectListener(ClientMessage request, ClientConnection connection) {
        ClientCodec.decodeLocalOnly(request);
        long correlationId = request.correlationId();
        DistributedObjects objects = engine.distributedObjects();
        String registrationId = objects.addListener(event -> connection.send(EventCodec.encodeDistributedObject(
                connection.allocator(), correlationId, new EventCodec.DistributedObjectEvent(event.object().name(),
                        event.object().serviceName(), event.eventType()))));
        connection.addRegistration(registrationId, () -> objects.removeListener(registrationId));
        connection.send(ResponseCodec.encodeString(connection.allocator(), correlationId, registrationId));
    }

    /** Accepted as 3.12 accepts it; a single member holds every partition and never loses one. */
    private static void addPartitionLostListener(ClientMessage request, ClientConnection connection) {
        ClientCodec.decodeLocalOnly(request);
        String registrationId = UUID.randomUUID().toString();
        connection.addRegistration(registrationId, () -> { });
        connection.send(ResponseCodec.encodeString(connection.allocator(), request.correlationId(), registrationId));
    }

    private static void removeListener(ClientMessage request, ClientConnection connection) {
        boolean removed = connection.removeRegistration(ClientCodec.decodeSingleString(request));
        connection.send(ResponseCodec.encodeBoolean(connection.allocator(), request.correlationId(), removed));
    }

    private static void removeAllListeners(ClientMessage request, ClientConnection connection) {
        connection.removeAllRegistrations();
        answerVoid(request, connection);
    }

    /** Client statistics are accepted and not kept: Alder has no management centre to show them. */
    private static void statistics(ClientMessage request, ClientConnection connection) {
        ClientCodec.decodeSingleString(request);
        answerVoid(request, connection);
    }

    /** Blue/green failover is an enterprise feature of 3.12 that Alder does not offer. */
    private static void isFailoverSupported(ClientMessage request, ClientConnection connection) {
        connection.send(ResponseCodec.encodeBoolean(connection.allocator(), request.correlationId(), false));
    }
}
