/**
 * The replicated map (ReplicatedMap) of a member, with 3.12 semantics: entries with an optional time to live,
 * and entry listeners, whose events always carry values.
 *
 * <p>{@link io.alder.member.replicatedmap.ReplicatedMapService} is the API endpoints call. On a single member
 * every replica is the member's own, so a replicated map is a map: one store per partition, touched on the
 * caller's thread under the partition lock. Keys and values stay serialized and are compared by their bytes.
 */
package io.alder.member.replicatedmap;
