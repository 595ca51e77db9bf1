/**
 * Member connections, not API: the Netty transport, one {@link io.alder.client.internal.connection.Connection}
 * per member socket, and the pipeline handler that owns the connection's in-flight calls (by correlation
 * id) and its event sinks. Handlers run on the connection's I/O thread; everything they hand out
 * (responses, events, failures) is handed over on that thread and must not block it.
 */
package io.alder.client.internal.connection;
