/**
 * The Open Binary Client Protocol endpoint: connections of Hazelcast 3.12 clients, the dispatch table,
 * and one request handler per message family. Handlers run on a connection's I/O thread and never
 * block; they decode a request, call the engine, and answer through the connection.
 */
package io.alder.server.clientprotocol;
