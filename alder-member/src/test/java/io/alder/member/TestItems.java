package io.alder.member;

import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Items of queues, sets and lists written as strings, and read back as strings. */
public final class TestItems {

    private TestItems() {
    }

    public static Data data(String item) {
        return Strings.toData(item);
    }

    public static List<Data> items(String... items) {
        return Arrays.stream(items).map(Strings::toData).toList();
    }

    /** The string an item holds; null for none. */
    public static String text(Data item) {
        try {
            return item == null ? null : Strings.fromData(item);
        } catch (UTFDataFormatException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> texts(List<Data> items) {
        return items.stream().map(TestItems::text).toList();
    }
}
