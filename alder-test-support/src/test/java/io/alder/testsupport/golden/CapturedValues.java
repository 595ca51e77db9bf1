package io.alder.testsupport.golden;

import io.alder.protocol.codec.Address;
import io.alder.protocol.codec.ErrorCodec.StackFrame;
import io.alder.protocol.codec.MemberInfo;
import io.alder.protocol.codec.PartitionTable;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.alder.testsupport.capture.DecodedFields;
import java.io.UTFDataFormatException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a value Alder decoded with the text the 3.12.13 codecs printed for it in a capture
 * ({@code "m"}, {@code Data{serType=-11, 14 bytes, value="k1"}}, {@code [2 items: ...]}, ...).
 * Object identities the capture printed ({@code [J@34158c08}, {@code SomeClass@1a2b}) carry no content
 * and are only checked for presence.
 */
final class CapturedValues {

    private static final Pattern DATA = Pattern.compile("Data\\{serType=(-?\\d+), (\\d+) bytes, value=(.*)}");
    private static final Pattern LONG_ARRAY_IDENTITY = Pattern.compile("\\[J@\\p{XDigit}+");
    private static final Pattern STACK = Pattern.compile("(\\d+) elements: (.*)");
    private static final String ENTRY_ARROW = " -> ";
    private static final int SHOWN_BYTES = 16;

    private CapturedValues() {
    }

    /** Null when {@code actual} matches the captured text, else why not. */
    static String mismatch(String captured, Object actual) {
        if (actual == null) {
            return expect(captured, "null");
        }
        if (actual instanceof String text) {
            return expect(captured, '"' + text + '"');
        }
        if (actual instanceof Number || actual instanceof Boolean) {
            return expect(captured, actual.toString());
        }
        if (actual instanceof Data data) {
            return data(captured, data);
        }
        if (actual instanceof Address address) {
            return expect(captured, render(address));
        }
        if (actual instanceof MemberInfo member) {
            return expect(captured, "Member " + render(member.address()) + " - " + member.uuid()
                    + (member.liteMember() ? " lite" : ""));
        }
        if (actual instanceof Map.Entry<?, ?> entry) {
            return entry(captured, entry.getKey(), entry.getValue());
        }
        if (actual instanceof PartitionTable.Owner owner) {
            return entry(captured, owner.address(), Arrays.stream(owner.partitionIds()).boxed().toList());
        }
        if (actual instanceof long[]) {
            return LONG_ARRAY_IDENTITY.matcher(captured).matches() ? null
                    : "expected a long[] identity but the capture has " + captured;
        }
        if (actual instanceof List<?> list) {
            return STACK.matcher(captured).matches() ? stack(captured, list) : list(captured, list);
        }
        return "no rule to compare a " + actual.getClass().getName() + " with the capture text " + captured;
    }

    private static String expect(String captured, String rendered) {
        return captured.equals(rendered) ? null : "expected " + captured + " but Alder has " + rendered;
    }

    private static String render(Address address) {
        return "[" + address.host() + "]:" + address.port();
    }

    private static String data(String captured, Data data) {
        Matcher matcher = DATA.matcher(captured);
        if (!matcher.matches()) {
            return "expected " + captured + " but Alder has " + data;
        }
        if (Integer.parseInt(matcher.group(1)) != data.type() || Integer.parseInt(matcher.group(2)) != data.size()) {
            return "expected " + captured + " but Alder has serType=" + data.type() + ", " + data.size() + " bytes";
        }
        String value = matcher.group(3);
        return switch (data.type()) {
            case Strings.TYPE -> expect(value, '"' + string(data) + '"');
            case -12 -> byteArrayPrefix(value, data);
            case 0 -> expect(value, "null");
            default -> null; // an object identity such as ReliableTopicMessage@2f16c6b3
        };
    }

    private static String string(Data data) {
        try {
            return Strings.fromData(data);
        } catch (UTFDataFormatException e) {
            return "<not a string: " + e.getMessage() + ">";
        }
    }

    /** A {@code byte[]} value is printed as {@code byte[N]{first 16 bytes in hex ...}}. */
    private static String byteArrayPrefix(String captured, Data data) {
        byte[] bytes = data.bytes();
        int length = bytes.length - 12;
        int shown = Math.min(SHOWN_BYTES, length);
        String prefix = "byte[" + length + "]{" + HexFormat.of().formatHex(bytes, 12, 12 + shown);
        return captured.startsWith(prefix) ? null : "expected " + captured + " to start with " + prefix;
    }

    private static String entry(String captured, Object key, Object value) {
        int arrow = captured.indexOf(ENTRY_ARROW);
        if (arrow < 0) {
            return "expected an entry 'k -> v' but the capture has " + captured;
        }
        String keyMismatch = mismatch(captured.substring(0, arrow), key);
        return keyMismatch != null ? "key: " + keyMismatch
                : prefixed("value: ", mismatch(captured.substring(arrow + ENTRY_ARROW.length()), value));
    }

    private static String list(String captured, List<?> actual) {
        List<String> items;
        try {
            items = DecodedFields.items(captured);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (items.size() != actual.size()) {
            return "expected " + items.size() + " items but Alder has " + actual.size() + ": " + captured;
        }
        for (int i = 0; i < items.size(); i++) {
            String mismatch = mismatch(items.get(i), actual.get(i));
            if (mismatch != null) {
                return "item " + i + ": " + mismatch;
            }
        }
        return null;
    }

    /** A stack trace is printed as {@code N elements: first, second, third, ...}. */
    private static String stack(String captured, List<?> frames) {
        Matcher matcher = STACK.matcher(captured);
        matcher.matches();
        if (Integer.parseInt(matcher.group(1)) != frames.size()) {
            return "expected " + matcher.group(1) + " stack frames but Alder has " + frames.size();
        }
        String[] shown = matcher.group(2).split(", ");
        for (int i = 0; i < shown.length && !shown[i].equals("..."); i++) {
            String rendered = render((StackFrame) frames.get(i));
            if (!shown[i].equals(rendered)) {
                return "stack frame " + i + ": expected " + shown[i] + " but Alder has " + rendered;
            }
        }
        return null;
    }

    /** As {@link StackTraceElement#toString()} prints a frame without module information. */
    private static String render(StackFrame frame) {
        String location;
        if (frame.lineNumber() == -2) {
            location = "Native Method";
        } else if (frame.fileName() == null) {
            location = "Unknown Source";
        } else {
            location = frame.lineNumber() >= 0 ? frame.fileName() + ":" + frame.lineNumber() : frame.fileName();
        }
        return frame.declaringClass() + "." + frame.methodName() + "(" + location + ")";
    }

    private static String prefixed(String prefix, String mismatch) {
        return mismatch == null ? null : prefix + mismatch;
    }
}
