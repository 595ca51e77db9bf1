package io.alder.geode;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a member serves Geode protobuf clients.
 *
 * @param idleTimeout a connection with no complete message for this long is closed (Geode's
 *        maximum-time-between-pings)
 * @param maxUnauthenticatedMessageBytes the largest message accepted before a client authenticated on a
 *        member that requires it
 * @param maxMessageBytes the largest message accepted otherwise
 * @param credentials the member's security configuration
 * @param serverHost the host Geode clients are sent to by a {@code GetServerRequest}
 * @param serverPort the port they are sent to
 * @param memberName this member's name, for functions run on named members
 * @param groups the groups this member belongs to, for functions run on groups and GetServer's server group
 * @param createRegionsOnWrite whether Put, PutAll and PutIfAbsent create a region that does not exist yet
 * @param regions regions that exist from the start
 */
public record GeodeSettings(Duration idleTimeout, int maxUnauthenticatedMessageBytes, int maxMessageBytes,
        CredentialsCheck credentials, String serverHost, int serverPort, String memberName, Set<String> groups,
        boolean createRegionsOnWrite, List<String> regions) {

    public GeodeSettings {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(serverHost, "serverHost");
        Objects.requireNonNull(memberName, "memberName");
        groups = Set.copyOf(groups);
        regions = List.copyOf(regions);
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
        }
    }
}
