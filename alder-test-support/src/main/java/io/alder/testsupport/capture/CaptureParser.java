package io.alder.testsupport.capture;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code ## Frames in detail} part of a capture file (format: the captures' README). Every
 * line of a frame block is checked against the format, and the printed header bytes against the
 * decoded header fields, so a misread capture fails loudly instead of producing wrong golden data.
 */
final class CaptureParser {

    private static final String DETAIL_SECTION = "## Frames in detail";
    private static final Pattern FRAME_START = Pattern.compile(
            "=== #(\\d+) \\+\\s*-?[\\d.]+s conn(\\d+)\\((\\w+)\\) (C>S|S>C)\\s+(\\S+)\\s+\\[(.*)]");
    private static final Pattern HEADER_FIELDS = Pattern.compile(
            "\\s+frame_length=(\\d+) version=(\\d+) flags=0x(\\p{XDigit}{2})\\([^)]*\\)"
                    + " type=0x(\\p{XDigit}{4})\\(\\d+\\) correlation_id=(-?\\d+) partition_id=(-?\\d+)"
                    + " data_offset=(\\d+)");
    private static final Pattern HEADER_BYTES = Pattern.compile("\\s+header \\(22 bytes\\): ([\\p{XDigit} |]+)");
    private static final Pattern PAYLOAD = Pattern.compile("\\s+payload \\((\\d+) bytes\\):");
    private static final Pattern HEX_LINE = Pattern.compile("\\s+(\\p{XDigit}{6,})  ([\\p{XDigit} ]+?)\\s+\\|.*");
    private static final Pattern TRUNCATED = Pattern.compile(
            "\\s+\\.\\.\\. TRUNCATED: (\\d+) payload bytes omitted .*; full payload length (\\d+);");
    private static final Pattern SHA = Pattern.compile(
            "\\s+\\.\\.\\. SHA-256 of the complete frame \\(header \\+ payload, (\\d+) bytes\\):"
                    + " (\\p{XDigit}{64}) \\.\\.\\.");
    private static final Pattern PREAMBLE = Pattern.compile("--- .* conn(\\d+)\\(\\w+\\) C>S PREAMBLE .*");

    private final String scenario;
    private final List<String> lines;
    private int next;

    private CaptureParser(String scenario, List<String> lines) {
        this.scenario = scenario;
        this.lines = lines;
    }

    static Capture parse(String scenario, List<String> lines) {
        return new CaptureParser(scenario, lines).parse();
    }

    private Capture parse() {
        next = lines.indexOf(DETAIL_SECTION);
        if (next < 0) {
            throw error("no '" + DETAIL_SECTION + "' section");
        }
        next++;
        List<CapturedFrame> frames = new ArrayList<>();
        Set<Integer> preambles = new HashSet<>();
        while (next < lines.size()) {
            String line = lines.get(next);
            Matcher preamble = PREAMBLE.matcher(line);
            if (preamble.matches()) {
                preambles.add(Integer.parseInt(preamble.group(1)));
            }
            if (line.startsWith("===")) {
                frames.add(frame());
            } else {
                next++;
            }
        }
        return new Capture(scenario, frames, preambles);
    }

    private CapturedFrame frame() {
        Matcher start = expect(FRAME_START, "a frame start line");
        Matcher fields = expect(HEADER_FIELDS, "the header fields");
        FrameHeader header = new FrameHeader(Integer.parseInt(fields.group(1)), Integer.parseInt(fields.group(2)),
                Integer.parseInt(fields.group(3), 16), Integer.parseInt(fields.group(4), 16),
                Long.parseLong(fields.group(5)), Integer.parseInt(fields.group(6)), Integer.parseInt(fields.group(7)));
        if (lines.get(next).startsWith("    tcp:")) {
            next++;
        }
        String decoded = expectPrefix("    decoded: ");
        byte[] headerBytes = HexFormat.of().parseHex(expect(HEADER_BYTES, "the header bytes").group(1)
                .replace(" ", "").replace("|", ""));
        if (!Arrays.equals(headerBytes, header.toBytes())) {
            throw error("header bytes disagree with the header fields " + header);
        }
        int payloadLength = Integer.parseInt(expect(PAYLOAD, "the payload length").group(1));
        if (payloadLength != header.frameLength() - FrameHeader.SIZE) {
            throw error("payload of " + payloadLength + " bytes in a frame of " + header.frameLength());
        }
        PayloadDump dump = payload(payloadLength);
        return new CapturedFrame(scenario, Integer.parseInt(start.group(1)), Integer.parseInt(start.group(2)),
                start.group(3), Direction.ofSymbol(start.group(4)), start.group(5), start.group(6), header, decoded,
                dump.payload, dump.truncation);
    }

    /** A payload, or what is left of it when the capture truncated it. */
    private record PayloadDump(byte[] payload, Truncation truncation) {
    }

    /** Reads hex lines up to the blank line; a TRUNCATED marker splits them into head and tail. */
    private PayloadDump payload(int length) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        ByteArrayOutputStream current = head;
        int offset = 0;
        int tailOffset = -1;
        String sha = null;
        while (next < lines.size() && !lines.get(next).isBlank()) {
            String line = lines.get(next);
            Matcher hex = HEX_LINE.matcher(line);
            Matcher truncated = TRUNCATED.matcher(line);
            Matcher hash = SHA.matcher(line);
            if (hex.matches()) {
                if (Integer.parseInt(hex.group(1), 16) != offset) {
                    throw error("payload offset " + hex.group(1) + " (expected: " + Integer.toHexString(offset) + ")");
                }
                byte[] bytes = HexFormat.of().parseHex(hex.group(2).replace(" ", ""));
                current.writeBytes(bytes);
                offset += bytes.length;
            } else if (truncated.matches()) {
                if (Integer.parseInt(truncated.group(2)) != length) {
                    throw error("truncated payload of " + truncated.group(2) + " bytes (expected: " + length + ")");
                }
                offset += Integer.parseInt(truncated.group(1));
                tailOffset = offset;
                current = tail;
            } else if (hash.matches()) {
                int frameLength = FrameHeader.SIZE + length;
                if (Integer.parseInt(hash.group(1)) != frameLength) {
                    throw error("hashed frame of " + hash.group(1) + " bytes (expected: " + frameLength + ")");
                }
                sha = hash.group(2);
            } else {
                throw error("expected a payload line");
            }
            next++;
        }
        if (offset != length) {
            throw error("payload dump covers " + offset + " bytes (expected: " + length + ")");
        }
        if (tailOffset < 0) {
            return new PayloadDump(head.toByteArray(), null);
        }
        if (sha == null) {
            throw error("truncated payload without a SHA-256 line");
        }
        return new PayloadDump(null, new Truncation(length, head.toByteArray(), tailOffset, tail.toByteArray(), sha));
    }

    private Matcher expect(Pattern pattern, String what) {
        String line = next < lines.size() ? lines.get(next) : "<end of file>";
        Matcher matcher = pattern.matcher(line);
        if (!matcher.matches()) {
            throw error("expected " + what);
        }
        next++;
        return matcher;
    }

    private String expectPrefix(String prefix) {
        String line = next < lines.size() ? lines.get(next) : "";
        if (!line.startsWith(prefix)) {
            throw error("expected a line starting with '" + prefix.strip() + "'");
        }
        next++;
        return line.substring(prefix.length());
    }

    private IllegalStateException error(String message) {
        String line = next < lines.size() ? lines.get(next) : "<end of file>";
        return new IllegalStateException(scenario + ".txt:" + (next + 1) + ": " + message + ", got: "
                + (line.length() > 160 ? line.substring(0, 160) + "..." : line));
    }
}
