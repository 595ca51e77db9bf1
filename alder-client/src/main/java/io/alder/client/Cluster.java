package io.alder.client;

import java.util.List;

/** The cluster the client is connected to, as the client currently sees it. */
public interface Cluster {

    /**
     * The members the client knows of, oldest first: the member list the cluster last sent. Empty while
     * the client is disconnected and has never been connected.
     */
    List<Member> getMembers();

    /**
     * Registers a listener for membership changes from now on; the current members are in
     * {@link #getMembers()}. The registration follows the client across reconnections.
     *
     * @return the registration id, for {@link #removeMembershipListener}
     */
    String addMembershipListener(MembershipListener listener);

    /**
     * Ends a registration; the listener hears of no change once this returned.
     *
     * @return true if the registration existed
     */
    boolean removeMembershipListener(String registrationId);
}
