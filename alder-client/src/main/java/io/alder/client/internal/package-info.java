/**
 * The client's machinery, not API: what the typed proxies rely on ({@link
 * io.alder.client.internal.InvocationService}, {@link io.alder.client.internal.ListenerProtocol},
 * {@link io.alder.client.internal.ClientContext}). Layers, each with one owner: typed API, then
 * invocation (routing, retry, deadline), then connections, then the pipeline handler that keeps in-flight
 * calls by correlation id.
 */
package io.alder.client.internal;
