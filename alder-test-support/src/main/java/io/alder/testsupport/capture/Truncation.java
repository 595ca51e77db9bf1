package io.alder.testsupport.capture;

/**
 * What a capture kept of a payload too large to print: its first and last bytes and the SHA-256 of the
 * whole frame, so a regenerated frame can still be checked exactly.
 *
 * @param payloadLength the full payload length
 * @param head the first bytes of the payload
 * @param tailOffset the payload offset of {@code tail}
 * @param tail the last bytes of the payload
 * @param frameSha256 lower-case hex SHA-256 of the complete frame, header included
 */
public record Truncation(int payloadLength, byte[] head, int tailOffset, byte[] tail, String frameSha256) {

    public Truncation {
        head = head.clone();
        tail = tail.clone();
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public byte[] tail() {
        return tail.clone();
    }
}
