/**
 * The Open Binary Client Protocol 1.x as Hazelcast 3.12 clients speak it: frames ({@link
 * io.alder.protocol.ClientMessage}), the message-type table ({@link io.alder.protocol.MessageType}),
 * parameter readers and writers, and one codec class per message family. Shared by the member and
 * the client; stateless, so any thread may use it.
 */
package io.alder.protocol;
