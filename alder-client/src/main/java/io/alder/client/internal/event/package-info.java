/**
 * Listener registrations and event delivery, not API. Registrations are the client's own and outlive
 * connections: each is made on every member connection (smart routing, {@code localOnly=true}) or on the
 * single connection, and made again on every new one. Events are handed from the I/O threads to a few
 * event threads, striped by the event's partition so that each partition's events arrive in order.
 */
package io.alder.client.internal.event;
