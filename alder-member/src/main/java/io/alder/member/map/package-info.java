/**
 * The distributed map (IMap) of a member, with 3.12 semantics: entries of opaque serialized keys and
 * values, time-to-live and max-idle expiry, entry views, key locks with leases, and entry listeners.
 *
 * <p>{@link io.alder.member.map.MapService} is the API endpoints call. Each map has one store per
 * partition; operations run on the caller's thread under the partition lock, and an operation on a key
 * that another caller has locked is parked in the partition rather than blocking its thread. The member
 * never deserializes user data: keys and values are compared by their bytes.
 */
package io.alder.member.map;
