/**
 * Netty framing for the protocol: the {@code CB2} preamble, length-checked frames, fragment reassembly,
 * and the outbound encoder. Handlers here run on a channel's I/O thread.
 */
package io.alder.protocol.netty;
