package io.alder.protocol.codec;

import static io.alder.protocol.MessageWriter.BOOLEAN_SIZE;
import static io.alder.protocol.MessageWriter.INT_SIZE;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;
import static io.alder.protocol.codec.ResponseCodec.start;

import io.alder.protocol.ClientMessage;
import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The response payloads that only Map requests use (111, 115, 116, 118, 119, 124, 125), of which the
 * READ_RESULT_SET (115) also answers {@code Ringbuffer.readMany}: encoders for the member, decoders for
 * the client. Like every response they carry partition id -1; the encoders match
 * {@link io.alder.protocol.ResponseEncoder}.
 */
public final class MapResponseCodec {

    /** The fixed-size statistics of an entry view, cost to ttl. */
    private static final int ENTRY_VIEW_LONGS = 10;

    private MapResponseCodec() {
    }

    /**
     * One entry's value and statistics, the answer to {@code getEntryView}.
     *
     * <pre>
     *   | isNull: bool | key: Data | value: Data | cost: i64 | creationTime: i64 | expirationTime: i64 |
     *   | hits: i64 | lastAccessTime: i64 | lastStoredTime: i64 | lastUpdateTime: i64 | version: i64 |
     *   | evictionCriteriaNumber: i64 | ttl: i64 |                     (absent when isNull)
     *   | maxIdle: i64 [1.7+] |                                       (0 when isNull)
     * </pre>
     *
     * Times are epoch milliseconds; {@code ttl} and {@code maxIdle} are milliseconds.
     */
    public record EntryView(Data key, Data value, long cost, long creationTime, long expirationTime, long hits,
            long lastAccessTime, long lastStoredTime, long lastUpdateTime, long version,
            long evictionCriteriaNumber, long ttl, long maxIdle) {
    }

    /** ENTRY_VIEW (111); {@code view} is null when the key has no entry. */
    public static ClientMessage encodeEntryView(ByteBufAllocator allocator, long correlationId, EntryView view) {
        int size = BOOLEAN_SIZE + LONG_SIZE;
        if (view != null) {
            size += sizeOf(view.key()) + sizeOf(view.value()) + ENTRY_VIEW_LONGS * LONG_SIZE;
        }
        MessageWriter out = start(allocator, MessageType.ENTRY_VIEW, correlationId, size);
        if (out.writeIsNull(view)) {
            out.writeData(view.key()).writeData(view.value()).writeLong(view.cost()).writeLong(view.creationTime())
                    .writeLong(view.expirationTime()).writeLong(view.hits()).writeLong(view.lastAccessTime())
                    .writeLong(view.lastStoredTime()).writeLong(view.lastUpdateTime()).writeLong(view.version())
                    .writeLong(view.evictionCriteriaNumber()).writeLong(view.ttl());
        }
        // 3.12 sends 0 for the maxIdle of a missing entry.
        return out.writeLong(view == null ? 0 : view.maxIdle()).build();
    }

    /** Decodes ENTRY_VIEW (111): the view, or null; {@code maxIdle} is 0 if an older member left it out. */
    public static EntryView decodeEntryView(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.ENTRY_VIEW);
        if (in.readIsNull()) {
            return null;
        }
        Data key = in.readData();
        Data value = in.readData();
        long[] longs = new long[ENTRY_VIEW_LONGS];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = in.readLong();
        }
        long maxIdle = in.hasRemaining() ? in.readLong() : 0;
        return new EntryView(key, value, longs[0], longs[1], longs[2], longs[3], longs[4], longs[5], longs[6],
                longs[7], longs[8], longs[9], maxIdle);
    }

    /**
     * The items an event journal or ringbuffer read returned.
     *
     * <pre>
     *   | readCount: i32 | count: i32 | item: Data * count | itemSeqs: i64[]? | nextSeq: i64 [1.6+] |
     * </pre>
     *
     * @param readCount how many journal items were read, including those the predicate filtered out
     * @param itemSeqs the sequence of each returned item, or null
     * @param nextSeq the sequence to read from next, or {@link #SEQUENCE_UNAVAILABLE}
     */
    public record ReadResultSet(int readCount, List<Data> items, long[] itemSeqs, long nextSeq) {

        /** The {@code nextSeq} of a result from a member that does not send one. */
        public static final long SEQUENCE_UNAVAILABLE = -1;

        public ReadResultSet {
            items = List.copyOf(items);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ReadResultSet that && readCount == that.readCount && nextSeq == that.nextSeq
                    && items.equals(that.items) && Arrays.equals(itemSeqs, that.itemSeqs);
        }

        @Override
        public int hashCode() {
            return Objects.hash(readCount, items, Arrays.hashCode(itemSeqs), nextSeq);
        }

        @Override
        public String toString() {
            return "ReadResultSet[readCount=" + readCount + ", items=" + items + ", itemSeqs="
                    + Arrays.toString(itemSeqs) + ", nextSeq=" + nextSeq + "]";
        }
    }

    /** READ_RESULT_SET (115). */
    public static ClientMessage encodeReadResultSet(ByteBufAllocator allocator, long correlationId,
            ReadResultSet result) {
        long[] seqs = result.itemSeqs();
        int size = INT_SIZE + sizeOf(result.items()) + BOOLEAN_SIZE + (seqs == null ? 0 : INT_SIZE
                + seqs.length * LONG_SIZE) + LONG_SIZE;
        MessageWriter out = start(allocator, MessageType.READ_RESULT_SET, correlationId, size)
                .writeInt(result.readCount()).writeDataList(result.items());
        if (out.writeIsNull(seqs)) {
            out.writeLongArray(seqs);
        }
        return out.writeLong(result.nextSeq()).build();
    }

    /** Decodes READ_RESULT_SET (115); fields a member left out (older protocol) are null or unavailable. */
    public static ReadResultSet decodeReadResultSet(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.READ_RESULT_SET);
        int readCount = in.readInt();
        List<Data> items = in.readDataList();
        long[] seqs = in.hasRemaining() && !in.readIsNull() ? in.readLongArray() : null;
        long nextSeq = in.hasRemaining() ? in.readLong() : ReadResultSet.SEQUENCE_UNAVAILABLE;
        return new ReadResultSet(readCount, items, seqs, nextSeq);
    }

    /**
     * One batch of a partition's keys, the answer to {@code fetchKeys}.
     *
     * <pre>
     *   | tableIndex: i32 | count: i32 | key: Data * count |
     * </pre>
     *
     * @param tableIndex the cursor to send with the next {@code fetchKeys}
     */
    public record KeyBatch(int tableIndex, List<Data> keys) {

        public KeyBatch {
            keys = List.copyOf(keys);
        }
    }

    /** CACHE_KEY_ITERATOR_RESULT (116). */
    public static ClientMessage encodeKeyBatch(ByteBufAllocator allocator, long correlationId, KeyBatch batch) {
        return start(allocator, MessageType.CACHE_KEY_ITERATOR_RESULT, correlationId,
                INT_SIZE + sizeOf(batch.keys())).writeInt(batch.tableIndex()).writeDataList(batch.keys()).build();
    }

    public static KeyBatch decodeKeyBatch(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.CACHE_KEY_ITERATOR_RESULT);
        return new KeyBatch(in.readInt(), in.readDataList());
    }

    /**
     * One batch of a partition's entries, the answer to {@code fetchEntries}.
     *
     * <pre>
     *   | tableIndex: i32 | count: i32 | (key: Data, value: Data) * count |
     * </pre>
     *
     * @param tableIndex the cursor to send with the next {@code fetchEntries}
     */
    public record EntryBatch(int tableIndex, List<Map.Entry<Data, Data>> entries) {

        public EntryBatch {
            entries = List.copyOf(entries);
        }
    }

    /** ENTRIES_WITH_CURSOR (118). */
    public static ClientMessage encodeEntryBatch(ByteBufAllocator allocator, long correlationId, EntryBatch batch) {
        return start(allocator, MessageType.ENTRIES_WITH_CURSOR, correlationId,
                INT_SIZE + MessageWriter.sizeOfEntries(batch.entries()))
                .writeInt(batch.tableIndex()).writeDataEntryList(batch.entries()).build();
    }

    public static EntryBatch decodeEntryBatch(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.ENTRIES_WITH_CURSOR);
        return new EntryBatch(in.readInt(), in.readDataEntryList());
    }

    /**
     * LIST_DATA_MAYBE_NULL_ELEMENTS (119), the answer to {@code project}: a list that may hold nulls.
     *
     * <pre>
     *   | count: i32 | (isNull: bool, value: Data if not null) * count |
     * </pre>
     */
    public static ClientMessage encodeNullableElementDataList(ByteBufAllocator allocator, long correlationId,
            List<Data> values) {
        return start(allocator, MessageType.LIST_DATA_MAYBE_NULL_ELEMENTS, correlationId,
                sizeOf(values) + values.size()).writeNullableElementDataList(values).build();
    }

    /** Decodes LIST_DATA_MAYBE_NULL_ELEMENTS (119) into an unmodifiable list that keeps the nulls. */
    public static List<Data> decodeNullableElementDataList(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.LIST_DATA_MAYBE_NULL_ELEMENTS);
        return Collections.unmodifiableList(in.readNullableElementDataList());
    }

    /**
     * One batch of a partition's query results, the answer to {@code fetchWithQuery}.
     *
     * <pre>
     *   | count: i32 | (isNull: bool, result: Data if not null) * count | nextTableIndexToReadFrom: i32 |
     * </pre>
     *
     * @param results the projected values, which may be null
     */
    public record QueryResultSegment(List<Data> results, int nextTableIndexToReadFrom) {

        public QueryResultSegment {
            results = Collections.unmodifiableList(new ArrayList<>(results));
        }
    }

    /** QUERY_RESULT_SEGMENT (124). */
    public static ClientMessage encodeQueryResultSegment(ByteBufAllocator allocator, long correlationId,
            QueryResultSegment segment) {
        List<Data> results = segment.results();
        return start(allocator, MessageType.QUERY_RESULT_SEGMENT, correlationId,
                sizeOf(results) + results.size() + INT_SIZE)
                .writeNullableElementDataList(results).writeInt(segment.nextTableIndexToReadFrom()).build();
    }

    public static QueryResultSegment decodeQueryResultSegment(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.QUERY_RESULT_SEGMENT);
        return new QueryResultSegment(in.readNullableElementDataList(), in.readInt());
    }

    /**
     * The journal's bounds when a reader subscribes, the answer to {@code eventJournalSubscribe}.
     *
     * <pre>
     *   | oldestSequence: i64 | newestSequence: i64 |
     * </pre>
     */
    public record EventJournalState(long oldestSequence, long newestSequence) {
    }

    /** EVENT_JOURNAL_INITIAL_SUBSCRIBER_STATE (125). */
    public static ClientMessage encodeEventJournalState(ByteBufAllocator allocator, long correlationId,
            EventJournalState state) {
        return start(allocator, MessageType.EVENT_JOURNAL_INITIAL_SUBSCRIBER_STATE, correlationId, 2 * LONG_SIZE)
                .writeLong(state.oldestSequence()).writeLong(state.newestSequence()).build();
    }

    public static EventJournalState decodeEventJournalState(ClientMessage message) {
        ParameterReader in = ResponseCodec.expect(message, MessageType.EVENT_JOURNAL_INITIAL_SUBSCRIBER_STATE);
        return new EventJournalState(in.readLong(), in.readLong());
    }
}
