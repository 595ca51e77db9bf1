package io.alder.client.internal.cluster;

import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.connection.ConnectionRegistry;
import io.alder.client.internal.connection.EventSink;
import io.alder.client.internal.event.StripedEventExecutor;
import io.alder.client.internal.invocation.Invoker;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.ResponseCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's own listeners on the owner connection, registered in 3.12's order: the partition listener
 * (members 3.9 and newer), then the membership listener, whose first event, the member list, the client
 * waits for. Their events update the {@link ClusterView}, which reports joins, departures and member
 * attribute changes to its observers; joins and departures also trigger a partition refresh and a check of
 * the member connections. Events from a connection that is no longer the owner
 * connection are ignored.
 */
final class ClusterListeners {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterListeners.class);

    /** All cluster events share one event thread, so they are applied in arrival order. */
    private static final int STRIPE = -1;

    private final Invoker invoker;
    private final StripedEventExecutor events;
    private final ClusterView view;
    private final ConnectionRegistry connections;
    private final Runnable membersChanged;
    private final Duration timeout;

    /**
     * @param membersChanged run (on an event thread) after every change of the member list
     * @param timeout how long to wait for a registration's answer and for the member list
     */
    ClusterListeners(Invoker invoker, StripedEventExecutor events, ClusterView view, ConnectionRegistry connections,
            Runnable membersChanged, Duration timeout) {
        this.invoker = invoker;
        this.events = events;
        this.view = view;
        this.connections = connections;
        this.membersChanged = membersChanged;
        this.timeout = timeout;
    }

    /**
     * Registers both listeners on a new owner connection; completes once the member list arrived and a
     * partition table is known.
     */
    CompletableFuture<Void> register(Connection owner) {
        CompletableFuture<Void> memberList = new CompletableFuture<>();
        CompletableFuture<Void> partitionListener = ServerVersion.atLeast(owner.serverVersion(), 3, 9)
                ? listen(owner, ClientCodec.encodeEmptyRequest(owner.allocator(),
                        MessageType.CLIENT_ADD_PARTITION_LISTENER, invoker.nextCorrelationId()),
                        event -> onPartitionEvent(owner, event))
                : CompletableFuture.completedFuture(null);
        return partitionListener
                .thenCompose(ignored -> listen(owner, ClientCodec.encodeBooleanRequest(owner.allocator(),
                        MessageType.CLIENT_ADD_MEMBERSHIP_LISTENER, invoker.nextCorrelationId(), false),
                        event -> onMembershipEvent(owner, event, memberList)))
                .thenCompose(ignored -> memberList.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> view.hasPartitionTable() ? CompletableFuture.completedFuture(null)
                        : refreshPartitions(owner));
    }

    private CompletableFuture<Void> listen(Connection owner, ClientMessage request, Consumer<ClientMessage> handler) {
        EventSink sink = event -> events.dispatch(STRIPE, event, handler);
        return invoker.invokeOn(owner, request, sink, timeout).thenAccept(ClientMessage::release);
    }

    /** Asks for the partition table ({@code Client.getPartitions}) and takes it unless it is older. */
    CompletableFuture<Void> refreshPartitions(Connection connection) {
        ClientMessage request = ClientCodec.encodeEmptyRequest(connection.allocator(), MessageType.CLIENT_GET_PARTITIONS,
                invoker.nextCorrelationId());
        return invoker.invokeOn(connection, request, null, timeout).thenAccept(response -> {
            try {
                view.applyPartitions(ResponseCodec.decodePartitions(response));
            } finally {
                response.release();
            }
        });
    }

    private void onPartitionEvent(Connection source, ClientMessage event) {
        if (connections.owner() != source || event.type() != MessageType.EVENT_PARTITIONS.id()) {
            return;
        }
        view.applyPartitions(EventCodec.decodePartitions(event));
    }

    private void onMembershipEvent(Connection source, ClientMessage event, CompletableFuture<Void> memberList) {
        if (connections.owner() != source) {
            return;
        }
        MessageType type = MessageType.of(event.type());
        if (type == MessageType.EVENT_MEMBERLIST) {
            view.replaceMembers(EventCodec.decodeMemberList(event));
            memberList.complete(null);
            membersChanged.run();
        } else if (type == MessageType.EVENT_MEMBER) {
            EventCodec.MemberEvent change = EventCodec.decodeMember(event);
            if (change.eventType() == EventCodec.MEMBER_ADDED) {
                view.memberAdded(change.member());
            } else {
                view.memberRemoved(change.member());
            }
            LOG.info("member {} {}; members now {}", change.member().address(),
                    change.eventType() == EventCodec.MEMBER_ADDED ? "joined" : "left", view.members().size());
            membersChanged.run();
            refreshPartitions(source).exceptionally(failure -> {
                LOG.debug("partition refresh after a membership change failed: {}", failure.toString());
                return null;
            });
        } else if (type == MessageType.EVENT_MEMBERATTRIBUTECHANGE) {
            EventCodec.MemberAttributeEvent change = EventCodec.decodeMemberAttributeChange(event);
            view.attributeChanged(change.memberUuid(), change.key(), change.operationType(), change.value());
        }
    }
}
