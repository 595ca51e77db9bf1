package io.alder.client.internal.cluster;

/**
 * Who the client is to the cluster, as its owner member assigned it.
 *
 * @param uuid the client's uuid, kept across reconnections so that members treat it as the same client
 * @param ownerUuid the uuid of the member that owns the client
 */
public record Principal(String uuid, String ownerUuid) {
}
