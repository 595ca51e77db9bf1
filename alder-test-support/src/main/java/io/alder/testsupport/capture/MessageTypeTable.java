package io.alder.testsupport.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * The message-type table extracted from the 3.12.13 jar ({@code message-types-3.12.13.tsv} beside the
 * captures): every request, response and event type, and the response type each request expects.
 */
public final class MessageTypeTable {

    /**
     * One row.
     *
     * @param kind {@code request}, {@code response} or {@code event}
     * @param responseType the response type id a request expects, or -1 for responses and events
     */
    public record Row(String kind, int id, String name, int responseType) {
    }

    private MessageTypeTable() {
    }

    /** All rows in file order. */
    public static List<Row> rows() {
        try {
            return Files.readAllLines(Captures.directory().resolve("message-types-3.12.13.tsv"),
                            StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(MessageTypeTable::row)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(String line) {
        String[] columns = line.split("\t", -1);
        int id = Integer.parseInt(columns[1].substring(2), 16);
        if (id != Integer.parseInt(columns[2])) {
            throw new IllegalStateException("hex and decimal ids differ: " + line);
        }
        String response = columns.length > 4 ? columns[4].strip() : "";
        int responseType = response.isEmpty() ? -1 : Integer.parseInt(response.substring(0, response.indexOf(' ')));
        return new Row(columns[0], id, columns[3], responseType);
    }
}
