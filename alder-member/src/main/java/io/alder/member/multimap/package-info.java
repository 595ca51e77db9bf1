/**
 * The multimap (MultiMap) of a member, with 3.12 semantics: keys with a SET or a LIST of values, key locks
 * with leases, and entry listeners that hear values added and removed and the multimap cleared.
 *
 * <p>{@link io.alder.member.multimap.MultiMapService} is the API endpoints call. Each multimap has one store
 * per partition; operations run on the caller's thread under the partition lock, and a write to a key that
 * another caller has locked is parked in the partition rather than blocking its thread. Keys and values stay
 * serialized and are compared by their bytes.
 */
package io.alder.member.multimap;
