package io.alder.protocol.codec;

import static io.alder.protocol.codec.Frames.bytes;
import static io.alder.protocol.codec.Frames.decode;
import static io.alder.protocol.codec.Wire.nullable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.protocol.MalformedMessageException;
import io.alder.protocol.MessageType;
import io.alder.protocol.codec.MapResponseCodec.EntryBatch;
import io.alder.protocol.codec.MapResponseCodec.EntryView;
import io.alder.protocol.codec.MapResponseCodec.EventJournalState;
import io.alder.protocol.codec.MapResponseCodec.KeyBatch;
import io.alder.protocol.codec.MapResponseCodec.QueryResultSegment;
import io.alder.protocol.codec.MapResponseCodec.ReadResultSet;
import io.alder.serialization.Data;
import io.alder.serialization.Strings;
import io.netty.buffer.ByteBufAllocator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Map-only responses against layouts written by hand from the fact sheet's section 4.1. */
class MapResponseCodecTest {

    private static final Data K = Strings.toData("k");
    private static final Data V = Strings.toData("v");
    private static final long CORRELATION_ID = 12;

    private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

    @Test
    void entryView() {
        EntryView view = new EntryView(K, V, 100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        byte[] expected = response(MessageType.ENTRY_VIEW, false, K, V, 100L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

        assertThat(bytes(MapResponseCodec.encodeEntryView(allocator, CORRELATION_ID, view))).isEqualTo(expected);
        assertThat(decode(expected, MapResponseCodec::decodeEntryView)).isEqualTo(view);
    }

    @Test
    void missingEntryViewStillCarriesMaxIdle() {
        byte[] expected = response(MessageType.ENTRY_VIEW, true, 0L);

        assertThat(bytes(MapResponseCodec.encodeEntryView(allocator, CORRELATION_ID, null))).isEqualTo(expected);
        assertThat(decode(expected, MapResponseCodec::decodeEntryView)).isNull();
    }

    @Test
    void entryViewOfAMemberOlderThanProtocol17HasNoMaxIdle() {
        byte[] older = response(MessageType.ENTRY_VIEW, false, K, V, 100L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);

        assertThat(decode(older, MapResponseCodec::decodeEntryView).maxIdle()).isZero();
    }

    @Test
    void readResultSet() {
        ReadResultSet result = new ReadResultSet(3, List.of(K, V), new long[] {4, 6}, 7);
        byte[] expected = response(MessageType.READ_RESULT_SET, 3, List.of(K, V), nullable(new long[] {4, 6}), 7L);

        assertThat(bytes(MapResponseCodec.encodeReadResultSet(allocator, CORRELATION_ID, result))).isEqualTo(expected);
        assertThat(decode(expected, MapResponseCodec::decodeReadResultSet)).isEqualTo(result);
    }

    @Test
    void readResultSetWithoutSequencesOrFromAnOlderMember() {
        ReadResultSet noSequences = new ReadResultSet(0, List.of(), null, 0);
        byte[] expected = response(MessageType.READ_RESULT_SET, 0, List.of(), nullable(null), 0L);
        byte[] older = response(MessageType.READ_RESULT_SET, 1, List.of(K));

        assertThat(bytes(MapResponseCodec.encodeReadResultSet(allocator, CORRELATION_ID, noSequences)))
                .isEqualTo(expected);
        assertThat(decode(expected, MapResponseCodec::decodeReadResultSet)).isEqualTo(noSequences);
        assertThat(decode(older, MapResponseCodec::decodeReadResultSet))
                .isEqualTo(new ReadResultSet(1, List.of(K), null, ReadResultSet.SEQUENCE_UNAVAILABLE));
    }

    @Test
    void keyAndEntryBatches() {
        byte[] keys = response(MessageType.CACHE_KEY_ITERATOR_RESULT, 250, List.of(K, V));
        byte[] entries = response(MessageType.ENTRIES_WITH_CURSOR, 17, List.of(Map.entry(K, V)));

        assertThat(bytes(MapResponseCodec.encodeKeyBatch(allocator, CORRELATION_ID, new KeyBatch(250, List.of(K, V)))))
                .isEqualTo(keys);
        assertThat(decode(keys, MapResponseCodec::decodeKeyBatch)).isEqualTo(new KeyBatch(250, List.of(K, V)));
        EntryBatch batch = new EntryBatch(17, List.of(Map.entry(K, V)));
        assertThat(bytes(MapResponseCodec.encodeEntryBatch(allocator, CORRELATION_ID, batch))).isEqualTo(entries);
        assertThat(decode(entries, MapResponseCodec::decodeEntryBatch)).isEqualTo(batch);
    }

    @Test
    void listsThatKeepNulls() {
        List<Data> projected = Arrays.asList(K, null, V);
        byte[] list = response(MessageType.LIST_DATA_MAYBE_NULL_ELEMENTS,
                List.of(nullable(K), nullable(null), nullable(V)));
        byte[] segment = response(MessageType.QUERY_RESULT_SEGMENT,
                List.of(nullable(K), nullable(null), nullable(V)), 40);

        assertThat(bytes(MapResponseCodec.encodeNullableElementDataList(allocator, CORRELATION_ID, projected)))
                .isEqualTo(list);
        assertThat(decode(list, MapResponseCodec::decodeNullableElementDataList)).containsExactly(K, null, V);
        QueryResultSegment results = new QueryResultSegment(projected, 40);
        assertThat(bytes(MapResponseCodec.encodeQueryResultSegment(allocator, CORRELATION_ID, results)))
                .isEqualTo(segment);
        assertThat(decode(segment, MapResponseCodec::decodeQueryResultSegment)).isEqualTo(results);
    }

    @Test
    void eventJournalState() {
        byte[] expected = response(MessageType.EVENT_JOURNAL_INITIAL_SUBSCRIBER_STATE, 5L, 9L);
        EventJournalState state = new EventJournalState(5, 9);

        assertThat(bytes(MapResponseCodec.encodeEventJournalState(allocator, CORRELATION_ID, state)))
                .isEqualTo(expected);
        assertThat(decode(expected, MapResponseCodec::decodeEventJournalState)).isEqualTo(state);
    }

    @Test
    void rejectsAnotherResponseType() {
        byte[] data = response(MessageType.DATA, nullable(V));

        assertThatThrownBy(() -> decode(data, MapResponseCodec::decodeEntryView))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("ENTRY_VIEW");
    }

    private static byte[] response(MessageType type, Object... fields) {
        return Wire.frame(type.id(), 0xc0, CORRELATION_ID, -1, fields);
    }
}
