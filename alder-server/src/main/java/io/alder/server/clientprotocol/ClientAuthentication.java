package io.alder.server.clientprotocol;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.AuthenticationResult;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ClientCodec.AuthenticationParameters;
import io.alder.server.security.Authenticator;
import java.util.List;
import java.util.UUID;

/**
 * Decides the answer to {@code Client.authentication} and {@code Client.authenticationCustom}, checking
 * in 3.12's order: serialization version, owner of a non-owner connection, partition count and cluster
 * id, then credentials. Stateless; the connection adopts the principal of a successful result.
 */
final class ClientAuthentication {

    /** The only serialization version 3.12 speaks. */
    static final byte SERIALIZATION_VERSION = 1;

    private final Authenticator authenticator;
    private final LocalMember member;
    private final int partitionCount;
    private final String clusterId;

    ClientAuthentication(Authenticator authenticator, LocalMember member, int partitionCount, String clusterId) {
        this.authenticator = authenticator;
        this.member = member;
        this.partitionCount = partitionCount;
        this.clusterId = clusterId;
    }

    AuthenticationResult authenticate(ClientMessage request) {
        if (request.type() == MessageType.CLIENT_AUTHENTICATION.id()) {
            ClientCodec.AuthenticationRequest auth = ClientCodec.decodeAuthentication(request);
            return decide(auth.parameters(), () -> authenticator.authenticate(auth.username(), auth.password()));
        }
        ClientCodec.CustomAuthenticationRequest auth = ClientCodec.decodeCustomAuthentication(request);
        return decide(auth.parameters(), () -> authenticator.authenticateCustom(auth.credentials()));
    }

    /** The answer to a repeated authentication on an authenticated connection: success, same principal. */
    AuthenticationResult alreadyAuthenticated(String clientUuid) {
        return success(clientUuid);
    }

    private AuthenticationResult decide(AuthenticationParameters p, CredentialCheck credentials) {
        if (p.serializationVersion() != SERIALIZATION_VERSION) {
            return failure(AuthenticationResult.STATUS_SERIALIZATION_VERSION_MISMATCH);
        }
        if (!p.ownerConnection() && !member.uuid().equals(p.ownerUuid())) {
            return failure(AuthenticationResult.STATUS_CREDENTIALS_FAILED);
        }
        boolean otherCluster = p.partitionCount() != null && p.partitionCount() != partitionCount
                || p.clusterId() != null && !p.clusterId().equals(clusterId);
        if (otherCluster) {
            return failure(AuthenticationResult.STATUS_NOT_ALLOWED_IN_CLUSTER);
        }
        if (!credentials.accepted()) {
            return failure(AuthenticationResult.STATUS_CREDENTIALS_FAILED);
        }
        boolean knownClient = p.uuid() != null && !p.uuid().isEmpty();
        return success(knownClient ? p.uuid() : UUID.randomUUID().toString());
    }

    private AuthenticationResult success(String clientUuid) {
        return new AuthenticationResult(AuthenticationResult.STATUS_AUTHENTICATED, member.address(), clientUuid,
                member.uuid(), SERIALIZATION_VERSION, LocalMember.SERVER_VERSION, List.of(), partitionCount, clusterId);
    }

    private AuthenticationResult failure(int status) {
        return new AuthenticationResult(status, null, null, null, SERIALIZATION_VERSION, LocalMember.SERVER_VERSION,
                null, partitionCount, clusterId);
    }

    /** Deferred so that credentials are only checked once the cheaper checks passed. */
    @FunctionalInterface
    private interface CredentialCheck {
        boolean accepted();
    }
}
