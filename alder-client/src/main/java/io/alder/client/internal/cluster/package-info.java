/**
 * The client's view of its cluster, not API: the owner connection's life cycle (connect, authenticate,
 * register the membership and partition listeners, reconnect with backoff), the member list and partition
 * table, connections to every member in smart mode, routing, and heartbeats. State changes run on the
 * single cluster thread; the view is read lock-free by invocations on any thread.
 */
package io.alder.client.internal.cluster;
