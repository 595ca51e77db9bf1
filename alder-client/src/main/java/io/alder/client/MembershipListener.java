package io.alder.client;

/**
 * Hears of members joining and leaving the cluster, and of changes to member attributes; override the
 * methods of the events you want. Callbacks run on a client event thread, one at a time, in the order the
 * cluster reported the changes.
 */
public interface MembershipListener {

    /** Called when a member joined the cluster. */
    default void memberAdded(MembershipEvent event) {
    }

    /** Called when a member left the cluster. */
    default void memberRemoved(MembershipEvent event) {
    }

    /** Called when an attribute of a member was set or removed. */
    default void memberAttributeChanged(MemberAttributeEvent event) {
    }
}
