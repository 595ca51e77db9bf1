/**
 * The distributed sets (ISet) and lists (IList) of a member, with 3.12 semantics: collections of opaque
 * serialized items, bounded by a per-name capacity ({@link io.alder.member.MaxSizes}), with item listeners.
 *
 * <p>{@link io.alder.member.collection.SetService} and {@link io.alder.member.collection.ListService} are
 * the APIs endpoints call. A collection lives in the partition of its name; operations run on the caller's
 * thread under that partition's lock and never wait. The member never deserializes items: they are
 * compared by their bytes.
 */
package io.alder.member.collection;
