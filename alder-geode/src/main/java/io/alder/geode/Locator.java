package io.alder.geode;

import io.alder.geode.proto.v1.ErrorCode;
import io.alder.geode.proto.v1.GetServerRequest;
import io.alder.geode.proto.v1.GetServerResponse;
import io.alder.geode.proto.v1.Message;
import io.alder.geode.proto.v1.Server;
import java.util.Set;

/**
 * The locator role: a {@code GetServerRequest} is answered with a server of the cluster that is in the
 * requested group and not excluded by the client. On a member of its own that is this member, or none.
 */
final class Locator {

    private final Server self;
    private final Set<String> groups;

    Locator(String host, int port, Set<String> groups) {
        this.self = Server.newBuilder().setHostname(host).setPort(port).build();
        this.groups = groups;
    }

    Message getServer(GetServerRequest request) {
        String group = request.getServerGroup();
        if (!group.isEmpty() && !groups.contains(group)) {
            return Responses.error(ErrorCode.NO_AVAILABLE_SERVER, "Unable to find a server in server group " + group);
        }
        if (request.getExcludedServersList().contains(self)) {
            return Responses.error(ErrorCode.NO_AVAILABLE_SERVER, group.isEmpty() ? "Unable to find a server"
                    : "Unable to find a server in server group " + group);
        }
        return Message.newBuilder().setGetServerResponse(GetServerResponse.newBuilder().setServer(self)).build();
    }
}
