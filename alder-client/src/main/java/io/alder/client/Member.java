package io.alder.client;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;

/**
 * A member of the cluster, as the cluster describes it to clients.
 *
 * @param host the member's host, as the member advertises it (an IP literal or a host name)
 * @param port the member's client port
 * @param uuid the member's unique id; a restarted member has a new one
 * @param liteMember whether the member holds no data (3.12 lite members)
 * @param attributes the member's attributes, unmodifiable
 */
public record Member(String host, int port, String uuid, boolean liteMember, Map<String, String> attributes) {

    public Member {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(uuid, "uuid");
        attributes = Map.copyOf(attributes);
    }

    /** The member's address, unresolved. */
    public InetSocketAddress address() {
        return InetSocketAddress.createUnresolved(host, port);
    }

    @Override
    public String toString() {
        return "Member[" + host + ":" + port + " " + uuid + (liteMember ? " lite" : "") + "]";
    }
}
