package io.alder.testsupport.capture;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One golden capture file: its frames in time order, and which connections started with the {@code CB2}
 * preamble.
 *
 * @param scenario the file name without {@code .txt}
 */
public record Capture(String scenario, List<CapturedFrame> frames, Set<Integer> preambleConnections) {

    private static final byte[] PREAMBLE = "CB2".getBytes(StandardCharsets.US_ASCII);

    public Capture {
        frames = List.copyOf(frames);
        preambleConnections = Set.copyOf(preambleConnections);
    }

    /**
     * The request a member-to-client frame answers or reports events for: the latest earlier
     * client-to-member frame on the same connection with the same correlation id.
     */
    public Optional<CapturedFrame> requestOf(CapturedFrame reply) {
        int index = frames.indexOf(reply);
        if (index < 0 || reply.direction() != Direction.MEMBER_TO_CLIENT) {
            throw new IllegalArgumentException(reply + " is not a member-to-client frame of " + scenario);
        }
        for (int i = index - 1; i >= 0; i--) {
            CapturedFrame candidate = frames.get(i);
            if (candidate.direction() == Direction.CLIENT_TO_MEMBER && candidate.connection() == reply.connection()
                    && candidate.header().correlationId() == reply.header().correlationId()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The connection numbers that carried frames. */
    public Set<Integer> connections() {
        Set<Integer> connections = new TreeSet<>();
        frames.forEach(frame -> connections.add(frame.connection()));
        return connections;
    }

    /**
     * Everything one side of a connection sent, as one byte stream: the preamble (if that connection's
     * client sent one) and then the frames in order.
     *
     * @throws IllegalStateException if a frame of that stream has a truncated payload
     */
    public byte[] stream(int connection, Direction direction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (direction == Direction.CLIENT_TO_MEMBER && preambleConnections.contains(connection)) {
            out.writeBytes(PREAMBLE);
        }
        for (CapturedFrame frame : frames) {
            if (frame.connection() == connection && frame.direction() == direction) {
                out.writeBytes(frame.frameBytes());
            }
        }
        return out.toByteArray();
    }

    /** Frames of one connection and direction, in order. */
    public List<CapturedFrame> frames(int connection, Direction direction) {
        return frames.stream()
                .filter(frame -> frame.connection() == connection && frame.direction() == direction)
                .toList();
    }
}
