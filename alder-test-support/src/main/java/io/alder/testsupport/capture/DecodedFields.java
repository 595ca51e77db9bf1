package io.alder.testsupport.capture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code decoded:} text of a captured frame split into named values, each kept as the capture wrote
 * it. Three notations occur: {@code {name="m", threadId=1}} for requests and plain responses,
 * {@code EntryEventV10: key=... eventType=1} for events and {@code Error{errorCode=49 className="..."}}
 * for errors.
 *
 * <p>Values nest: strings in double quotes, {@code Data{...}}, lists {@code [2 items: a, b]}, entries
 * {@code k -> v}, addresses {@code [127.0.0.1]:5701}. Separators inside quotes or brackets do not split,
 * and a JVM array identity such as {@code [J@34158c08} does not open a bracket.
 *
 * @param kind the event or error label ({@code EntryEventV10}, {@code Error}), empty for the {@code {...}} form
 * @param values field name to value text, in capture order
 */
public record DecodedFields(String kind, Map<String, String> values) {

    private static final Pattern LABELLED_BRACES = Pattern.compile("(\\w+)\\{(.*)}");
    private static final Pattern LABELLED = Pattern.compile("(\\w+): (.*)");
    private static final Pattern FIELD_START = Pattern.compile("[A-Za-z_]\\w*=");
    private static final Pattern ARRAY_IDENTITY = Pattern.compile("\\[+(?:[ZBCSIJFD]|L[\\w.$]+;)@\\p{XDigit}+");
    private static final Pattern LIST = Pattern.compile("\\[(\\d+) items: (.*)]");

    public DecodedFields {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Splits a {@code decoded:} text into its fields. */
    public static DecodedFields parse(String decoded) {
        String text = decoded.strip();
        if (text.startsWith("{") && text.endsWith("}")) {
            return new DecodedFields("", fields(text.substring(1, text.length() - 1), ", "));
        }
        Matcher braces = LABELLED_BRACES.matcher(text);
        if (braces.matches()) {
            return new DecodedFields(braces.group(1), fields(braces.group(2), " "));
        }
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.matches()) {
            return new DecodedFields(labelled.group(1), fields(labelled.group(2), " "));
        }
        throw new IllegalArgumentException("unknown decoded notation: " + text);
    }

    /**
     * The value text of one field.
     *
     * @throws IllegalArgumentException if the capture has no such field
     */
    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no field '" + name + "' in " + values.keySet());
        }
        return value;
    }

    /**
     * The element texts of a list value such as {@code [2 items: a, b]}.
     *
     * @throws IllegalArgumentException if the text is not a list or its count disagrees with its elements
     */
    public static List<String> items(String list) {
        Matcher matcher = LIST.matcher(list);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a list: " + list);
        }
        int count = Integer.parseInt(matcher.group(1));
        List<String> items = count == 0 ? List.of() : split(matcher.group(2), ", ", false);
        if (items.size() != count) {
            throw new IllegalArgumentException("list says " + count + " items but has " + items.size() + ": " + list);
        }
        return items;
    }

    private static Map<String, String> fields(String body, String separator) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isBlank()) {
            return fields;
        }
        for (String field : split(body, separator, true)) {
            int equals = field.indexOf('=');
            if (equals <= 0 || fields.put(field.substring(0, equals), field.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("bad or repeated field '" + field + "' in: " + body);
            }
        }
        return fields;
    }

    /**
     * Splits at separators outside quotes and brackets; with {@code beforeField}, only at separators
     * followed by {@code name=}.
     */
    private static List<String> split(String text, String separator, boolean beforeField) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '[' && arrayIdentityAt(text, i)) {
                continue;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (depth == 0 && text.startsWith(separator, i)
                    && (!beforeField || FIELD_START.matcher(text).region(i + separator.length(), text.length())
                            .lookingAt())) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
                i = start - 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static boolean arrayIdentityAt(String text, int index) {
        return ARRAY_IDENTITY.matcher(text).region(index, text.length()).lookingAt();
    }
}
