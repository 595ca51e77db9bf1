package io.alder.client.internal.cluster;

import io.alder.client.AuthenticationException;
import io.alder.client.ClientConfig;
import io.alder.client.internal.connection.Connection;
import io.alder.client.internal.invocation.Invoker;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.AuthenticationResult;
import io.alder.protocol.codec.ClientCodec;
import io.alder.protocol.codec.ClientCodec.AuthenticationParameters;
import io.alder.protocol.codec.ClientCodec.AuthenticationRequest;
import io.alder.protocol.codec.ClientCodec.CustomAuthenticationRequest;
import io.alder.protocol.codec.ResponseCodec;
import io.alder.serialization.Data;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Authenticates a new connection as a 3.12 Java client does: {@code Client.authentication} with the group
 * name and password, or {@code Client.authenticationCustom} with the serialized custom credentials when the
 * client has some; client type {@code JVM} (so that 3.12 members treat the client like their own Java
 * client), the client's uuid and owner uuid once it has them, and the partition count once it is known.
 * The cluster id is never sent: a 3.12 client sends it only for blue/green failover, and sending it would
 * lock the client out of a restarted cluster.
 */
final class Authenticator {

    static final String CLIENT_TYPE = "JVM";
    /** The version a 3.12 member sees; features are enabled by it. */
    static final String CLIENT_VERSION = "3.12.13";
    static final byte SERIALIZATION_VERSION = 1;

    private final ClientConfig config;
    private final Data credentials;
    private final Invoker invoker;
    private final Duration timeout;

    /**
     * @param credentials the serialized custom credentials, or null to send the group name and password
     * @param timeout how long a member may take to answer, as 3.12 does: the heartbeat timeout
     */
    Authenticator(ClientConfig config, Data credentials, Invoker invoker, Duration timeout) {
        this.config = config;
        this.credentials = credentials;
        this.invoker = invoker;
        this.timeout = timeout;
    }

    /**
     * Sends the authentication request; completes with the member's answer, or with an
     * {@link AuthenticationException} if the member refused the client.
     *
     * @param principal the client's principal from an earlier owner connection, or null for the first
     * @param partitionCount the known partition count, or -1
     * @param limit how long the member may take to answer, when shorter than the authentication timeout;
     *     null for that timeout
     */
    CompletableFuture<AuthenticationResult> authenticate(Connection connection, boolean owner, Principal principal,
            int partitionCount, Duration limit) {
        AuthenticationParameters parameters = new AuthenticationParameters(
                principal == null ? null : principal.uuid(), principal == null ? null : principal.ownerUuid(), owner,
                CLIENT_TYPE, SERIALIZATION_VERSION, CLIENT_VERSION, config.clientName(), config.labels(),
                partitionCount > 0 ? partitionCount : null, null);
        ClientMessage request = credentials == null
                ? ClientCodec.encodeAuthentication(connection.allocator(), invoker.nextCorrelationId(),
                        new AuthenticationRequest(config.groupName(), config.groupPassword(), parameters))
                : ClientCodec.encodeCustomAuthentication(connection.allocator(), invoker.nextCorrelationId(),
                        new CustomAuthenticationRequest(credentials, parameters));
        Duration wait = limit != null && limit.compareTo(timeout) < 0 ? limit : timeout;
        return invoker.invokeOn(connection, request, null, wait).thenApply(response -> {
            try {
                return check(ResponseCodec.decodeAuthentication(response), connection);
            } finally {
                response.release();
            }
        });
    }

    private AuthenticationResult check(AuthenticationResult result, Connection connection) {
        String problem = switch (result.status()) {
            case AuthenticationResult.STATUS_AUTHENTICATED -> null;
            case AuthenticationResult.STATUS_CREDENTIALS_FAILED -> "the member refused " + describeCredentials()
                    + " (or the owner member it was given is not in the cluster)";
            case AuthenticationResult.STATUS_SERIALIZATION_VERSION_MISMATCH ->
                    "the member speaks another serialization version than " + SERIALIZATION_VERSION;
            case AuthenticationResult.STATUS_NOT_ALLOWED_IN_CLUSTER ->
                    "the member does not allow this client in its cluster (another partition count)";
            default -> "the member answered with unknown authentication status " + result.status();
        };
        if (problem != null) {
            throw new AuthenticationException("authentication at " + connection.remoteAddress() + " failed: " + problem);
        }
        return result;
    }

    private String describeCredentials() {
        return credentials == null ? "the credentials of group '" + config.groupName() + "'"
                : "the custom credentials (" + config.credentials().getClass().getName()
                        + "; 3.12 members without their security feature refuse all custom credentials)";
    }
}
