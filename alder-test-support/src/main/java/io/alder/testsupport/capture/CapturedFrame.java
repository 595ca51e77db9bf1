package io.alder.testsupport.capture;

import java.util.Arrays;

/**
 * One frame of a golden capture: where it went, its header, how the 3.12.13 codecs decoded it, and its
 * payload bytes (or, for payloads the capture cut, a {@link Truncation}).
 *
 * @param scenario the capture file's name without {@code .txt}, e.g. {@code c-map-smart}
 * @param number the frame number in the file ({@code #012})
 * @param connection the TCP connection number ({@code conn1} = 1)
 * @param peer the connection's label, e.g. {@code client} or {@code client2}
 * @param messageName the name the capture gives the message, e.g. {@code MapPut} or {@code EVENT_ENTRY}
 * @param annotation the bracketed note, e.g. {@code request} or {@code response to MapPut corr=7}
 * @param decoded the {@code decoded:} text: field values as the 3.12.13 codecs read them
 * @param payload the whole payload, or null when the capture truncated it
 * @param truncation what is known of a truncated payload, or null
 */
public record CapturedFrame(String scenario, int number, int connection, String peer, Direction direction,
        String messageName, String annotation, FrameHeader header, String decoded, byte[] payload,
        Truncation truncation) {

    /** A readable test name, e.g. {@code c-map-smart #012 MapPut}. */
    public String name() {
        return String.format("%s #%03d %s", scenario, number, messageName);
    }

    public boolean isTruncated() {
        return truncation != null;
    }

    /** Whether the LISTENER_EVENT flag is set. */
    public boolean isEvent() {
        return (header.flags() & 0x01) != 0;
    }

    @Override
    public byte[] payload() {
        return payload == null ? null : payload.clone();
    }

    /**
     * The frame as it was on the wire, header included.
     *
     * @throws IllegalStateException if the capture truncated the payload
     */
    public byte[] frameBytes() {
        if (payload == null) {
            throw new IllegalStateException(name() + ": the capture truncated its payload");
        }
        byte[] frame = Arrays.copyOf(header.toBytes(), FrameHeader.SIZE + payload.length);
        System.arraycopy(payload, 0, frame, FrameHeader.SIZE, payload.length);
        return frame;
    }

    @Override
    public String toString() {
        return name();
    }
}
