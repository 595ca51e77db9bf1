package io.alder.server.geode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Bytes written as the protocol fact sheet draws them: hex pairs and quoted UTF-8 text. */
final class WireBytes {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private WireBytes() {
    }

    /** The bytes of a diagram such as {@code 0A 03 "FOO" 12 00}. */
    static byte[] bytes(String diagram) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < diagram.length()) {
            char c = diagram.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = diagram.indexOf('"', i + 1);
                bytes.writeBytes(diagram.substring(i + 1, end).getBytes(StandardCharsets.UTF_8));
                i = end + 1;
            } else {
                bytes.write(HexFormat.fromHexDigits(diagram, i, i + 2));
                i += 2;
            }
        }
        return bytes.toByteArray();
    }

    /** Bytes as upper-case hex pairs, so that a failed comparison shows where they differ. */
    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** A diagram's bytes as hex pairs, text included. */
    static String hex(String diagram) {
        return hex(bytes(diagram));
    }
}
