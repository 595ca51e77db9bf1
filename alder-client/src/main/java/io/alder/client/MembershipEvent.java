package io.alder.client;

import java.util.List;

/**
 * A member joined or left the cluster.
 *
 * @param member the member that joined or left
 * @param type whether it joined or left
 * @param members the cluster's members after the change, oldest first
 */
public record MembershipEvent(Member member, Type type, List<Member> members) {

    public MembershipEvent {
        members = List.copyOf(members);
    }

    /** What happened to the member. */
    public enum Type {
        /** The member joined. */
        ADDED,
        /** The member left. */
        REMOVED
    }
}
