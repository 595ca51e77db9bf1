package io.alder.client.internal.proxy;

import io.alder.client.Cluster;
import io.alder.client.Member;
import io.alder.client.MemberAttributeEvent;
import io.alder.client.MembershipEvent;
import io.alder.client.MembershipListener;
import io.alder.client.internal.InvocationService;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.EventCodec;
import io.alder.protocol.codec.MemberInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's {@link Cluster}: the member list from the client's cluster view, and membership listeners.
 * With the first listener the client registers for membership events ({@code Client.addMembershipListener}),
 * once, and keeps its own copy of the member list from them, so that it reports each change once: a member
 * list that arrives again (from another member, or after a reconnection) only yields the differences to
 * the list before, as a 3.12 client does. Listener callbacks run on the event thread, one at a time.
 */
public final class ClusterMembership implements Cluster {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMembership.class);
    private static final int ATTRIBUTE_REMOVED = 2;

    private record Registered(String id, MembershipListener listener) {
    }

    private final Supplier<List<MemberInfo>> currentMembers;
    private final InvocationService invocations;
    private final Blocking blocking;
    private final List<Registered> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    /** The membership registration, made with the first listener; guarded by {@link #lock}. */
    private CompletableFuture<String> registration;
    /** The members by uuid as the membership events told, null before the first member list; guarded by lock. */
    private Map<String, Member> known;

    /**
     * @param currentMembers the members as the client's cluster view holds them
     * @param blocking how {@link #addMembershipListener} waits for the registration
     */
    public ClusterMembership(Supplier<List<MemberInfo>> currentMembers, InvocationService invocations,
            Blocking blocking) {
        this.currentMembers = currentMembers;
        this.invocations = invocations;
        this.blocking = blocking;
    }

    @Override
    public List<Member> getMembers() {
        return currentMembers.get().stream().map(ClusterMembership::toMember).toList();
    }

    @Override
    public String addMembershipListener(MembershipListener listener) {
        Registered registered = new Registered(UUID.randomUUID().toString(), Objects.requireNonNull(listener, "listener"));
        listeners.add(registered);
        try {
            blocking.join(registration());
        } catch (RuntimeException e) {
            listeners.remove(registered);
            throw e;
        }
        return registered.id();
    }

    @Override
    public boolean removeMembershipListener(String registrationId) {
        return listeners.removeIf(registered -> registered.id().equals(registrationId));
    }

    private CompletableFuture<String> registration() {
        synchronized (lock) {
            if (registration == null || registration.isCompletedExceptionally()) {
                registration = invocations.addListener(MembershipListenerProtocol.INSTANCE, this::onEvent);
            }
            return registration;
        }
    }

    /** Handles one event of the membership registration. */
    private void onEvent(ClientMessage message) {
        MessageType type = MessageType.of(message.type());
        List<Consumer<MembershipListener>> calls = new ArrayList<>();
        synchronized (lock) {
            if (type == MessageType.EVENT_MEMBERLIST) {
                memberList(EventCodec.decodeMemberList(message), calls);
            } else if (type == MessageType.EVENT_MEMBER) {
                EventCodec.MemberEvent event = EventCodec.decodeMember(message);
                Map<String, Member> next = new LinkedHashMap<>(known == null ? Map.of() : known);
                Member member = toMember(event.member());
                if (event.eventType() == EventCodec.MEMBER_ADDED) {
                    next.put(member.uuid(), member);
                } else {
                    next.remove(member.uuid());
                }
                changeTo(next, calls);
            } else if (type == MessageType.EVENT_MEMBERATTRIBUTECHANGE) {
                attributeChanged(EventCodec.decodeMemberAttributeChange(message), calls);
            }
        }
        for (Registered registered : listeners) {
            calls.forEach(call -> notify(registered.listener(), call));
        }
    }

    private void memberList(List<MemberInfo> members, List<Consumer<MembershipListener>> calls) {
        Map<String, Member> next = new LinkedHashMap<>();
        members.forEach(info -> next.put(info.uuid(), toMember(info)));
        if (known == null) {
            known = next;
        } else {
            changeTo(next, calls);
        }
    }

    /** Adopts {@code next}, with an event for each member that left and each that joined. */
    private void changeTo(Map<String, Member> next, List<Consumer<MembershipListener>> calls) {
        Map<String, Member> before = known == null ? Map.of() : known;
        known = next;
        List<Member> after = List.copyOf(next.values());
        before.forEach((uuid, member) -> {
            if (!next.containsKey(uuid)) {
                MembershipEvent event = new MembershipEvent(member, MembershipEvent.Type.REMOVED, after);
                calls.add(listener -> listener.memberRemoved(event));
            }
        });
        next.forEach((uuid, member) -> {
            if (!before.containsKey(uuid)) {
                MembershipEvent event = new MembershipEvent(member, MembershipEvent.Type.ADDED, after);
                calls.add(listener -> listener.memberAdded(event));
            }
        });
    }

    private void attributeChanged(EventCodec.MemberAttributeEvent change, List<Consumer<MembershipListener>> calls) {
        Member member = known == null ? null : known.get(change.memberUuid());
        if (member == null) {
            return;
        }
        boolean removed = change.operationType() == ATTRIBUTE_REMOVED;
        Map<String, String> attributes = new LinkedHashMap<>(member.attributes());
        if (removed) {
            attributes.remove(change.key());
        } else {
            attributes.put(change.key(), change.value());
        }
        Map<String, Member> next = new LinkedHashMap<>(known);
        next.put(member.uuid(), new Member(member.host(), member.port(), member.uuid(), member.liteMember(),
                attributes));
        known = next;
        MemberAttributeEvent event = new MemberAttributeEvent(member, change.key(),
                removed ? MemberAttributeEvent.Operation.REMOVE : MemberAttributeEvent.Operation.PUT,
                removed ? null : change.value());
        calls.add(listener -> listener.memberAttributeChanged(event));
    }

    private static void notify(MembershipListener listener, Consumer<MembershipListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            // One failing listener must not keep the others from hearing of the change.
            LOG.warn("membership listener {} failed", listener, e);
        }
    }

    private static Member toMember(MemberInfo info) {
        return new Member(info.address().host(), info.address().port(), info.uuid(), info.liteMember(),
                info.attributes());
    }
}
