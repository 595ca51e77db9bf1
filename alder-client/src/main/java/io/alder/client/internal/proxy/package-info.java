/**
 * The implementation of the client API, not API: {@link io.alder.client.internal.proxy.MapProxy} builds
 * each Map request with the protocol codecs and sends it through the client's
 * {@link io.alder.client.internal.InvocationService}; {@link io.alder.client.internal.proxy.BlockingMap} is
 * the blocking view that waits for it ({@link io.alder.client.internal.proxy.Blocking}). The other kinds
 * follow the same pattern ({@code QueueProxy} and {@code BlockingAlderQueue}, {@code AtomicLongProxy} and
 * {@code BlockingAtomicLong}, ...: every blocking view is a
 * {@link io.alder.client.internal.proxy.BlockingProxy});
 * {@link io.alder.client.internal.proxy.ClientProxies} hands out one proxy per kind and name, announced to the
 * cluster by the {@link io.alder.client.internal.proxy.ProxyRegistry}; {@link
 * io.alder.client.internal.proxy.ClusterMembership} serves the cluster view and membership listeners.
 *
 * <p>Threads: requests are built and keys serialized on the calling thread, which is why that thread owns
 * the key locks it takes; responses are decoded on the thread that completes the invocation, and listener
 * events are dispatched on the client's event threads.
 */
package io.alder.client.internal.proxy;
