package io.alder.client.internal.cluster;

import io.alder.protocol.codec.MemberInfo;
import java.util.List;

/**
 * Hears of membership changes as the client learns them from its one membership registration, in order, on
 * the event thread of the cluster's events; must not block. After a reconnection, the differences between
 * the old and the new member list are reported as joins and departures. The public membership listeners
 * are observers too.
 */
public interface MembershipObserver {

    /** A member joined; {@code members} is the member list with it. */
    default void memberAdded(MemberInfo member, List<MemberInfo> members) {
    }

    /** A member left; {@code members} is the member list without it. */
    default void memberRemoved(MemberInfo member, List<MemberInfo> members) {
    }

    /**
     * A member's attribute was set, or removed when {@code value} is null; {@code member} has its new
     * attributes.
     */
    default void attributeChanged(MemberInfo member, String key, String value) {
    }
}
