package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.BOOLEAN_SIZE;
import static io.alder.protocol.MessageWriter.INT_SIZE;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;
import static io.alder.protocol.MessageWriter.sizeOfEntries;

import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import java.util.List;
import java.util.Map;

/**
 * The whole-map, bulk and query requests of the {@code Map.*} family: size and key/value/entry views,
 * {@code getAll}/{@code putAll}, predicates, entry processors, aggregations and projections, partition
 * iteration, the event journal, indexes and loading. Decode and encode them with {@link MapCodec#REQUESTS}. The
 * name-only, name-and-value and name-and-values requests are the shared {@link NameRequest},
 * {@link ValueRequest} and {@link ValueListRequest}.
 *
 * <p>{@code predicate}, {@code entryProcessor}, {@code aggregator} and {@code projection} are serialized
 * server-side Java objects, passed through as {@link Data}.
 */
public final class MapQueryCodec {

    private MapQueryCodec() {
    }

    static void registerShapes(RequestFamily requests) {
        requests.register(NameRequest.class, NameRequest::read, MAP_FLUSH, MAP_EVICT_ALL, MAP_KEY_SET, MAP_VALUES,
                MAP_ENTRY_SET, MAP_SIZE, MAP_IS_EMPTY, MAP_CLEAR, MAP_EVENT_JOURNAL_SUBSCRIBE);
        requests.register(ValueRequest.class, ValueRequest::read, MAP_CONTAINS_VALUE);
        requests.register(ValueListRequest.class, ValueListRequest::read, MAP_GET_ALL);
        requests.register(PutAllRequest.class, PutAllRequest::read, MAP_PUT_ALL);
        requests.register(PredicateRequest.class, PredicateRequest::read, MAP_KEY_SET_WITH_PREDICATE,
                MAP_VALUES_WITH_PREDICATE, MAP_ENTRIES_WITH_PREDICATE, MAP_KEY_SET_WITH_PAGING_PREDICATE,
                MAP_VALUES_WITH_PAGING_PREDICATE, MAP_ENTRIES_WITH_PAGING_PREDICATE, MAP_REMOVE_ALL);
        requests.register(FunctionRequest.class, FunctionRequest::read, MAP_EXECUTE_ON_ALL_KEYS, MAP_AGGREGATE,
                MAP_PROJECT);
        requests.register(FunctionWithPredicateRequest.class, FunctionWithPredicateRequest::read,
                MAP_EXECUTE_WITH_PREDICATE, MAP_AGGREGATE_WITH_PREDICATE, MAP_PROJECT_WITH_PREDICATE);
        requests.register(ExecuteOnKeysRequest.class, ExecuteOnKeysRequest::read, MAP_EXECUTE_ON_KEYS);
        requests.register(FetchRequest.class, FetchRequest::read, MAP_FETCH_KEYS, MAP_FETCH_ENTRIES);
        requests.register(FetchWithQueryRequest.class, FetchWithQueryRequest::read, MAP_FETCH_WITH_QUERY);
        requests.register(EventJournalReadRequest.class, EventJournalReadRequest::read, MAP_EVENT_JOURNAL_READ);
        requests.register(AddIndexRequest.class, AddIndexRequest::read, MAP_ADD_INDEX);
        requests.register(LoadAllRequest.class, LoadAllRequest::read, MAP_LOAD_ALL);
        requests.register(LoadGivenKeysRequest.class, LoadGivenKeysRequest::read, MAP_LOAD_GIVEN_KEYS);
    }

    /**
     * {@code putAll}: the entries of one partition (one request per partition, like {@code getAll}).
     *
     * <pre>
     *   | name: str | count: i32 | (key: Data, value: Data) * count |
     * </pre>
     */
    public record PutAllRequest(String name, List<Map.Entry<Data, Data>> entries) implements CodecRequest {

        public PutAllRequest {
            entries = List.copyOf(entries);
        }

        static PutAllRequest read(ParameterReader in) {
            return new PutAllRequest(in.readString(), in.readDataEntryList());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeDataEntryList(entries);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOfEntries(entries);
        }
    }

    /**
     * Queries by predicate: {@code keySetWithPredicate}, {@code valuesWithPredicate},
     * {@code entriesWithPredicate}, their {@code ...WithPagingPredicate} forms, and {@code removeAll}.
     *
     * <pre>
     *   | name: str | predicate: Data |
     * </pre>
     */
    public record PredicateRequest(String name, Data predicate) implements CodecRequest {

        static PredicateRequest read(ParameterReader in) {
            return new PredicateRequest(in.readString(), in.readData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(predicate);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(predicate);
        }
    }

    /**
     * A function over all entries: {@code executeOnAllKeys} (an entry processor), {@code aggregate} (an
     * aggregator), {@code project} (a projection).
     *
     * <pre>
     *   | name: str | function: Data |
     * </pre>
     */
    public record FunctionRequest(String name, Data function) implements CodecRequest {

        static FunctionRequest read(ParameterReader in) {
            return new FunctionRequest(in.readString(), in.readData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(function);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(function);
        }
    }

    /**
     * A function over the entries a predicate selects: {@code executeWithPredicate},
     * {@code aggregateWithPredicate}, {@code projectWithPredicate}.
     *
     * <pre>
     *   | name: str | function: Data | predicate: Data |
     * </pre>
     */
    public record FunctionWithPredicateRequest(String name, Data function, Data predicate) implements CodecRequest {

        static FunctionWithPredicateRequest read(ParameterReader in) {
            return new FunctionWithPredicateRequest(in.readString(), in.readData(), in.readData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(function).writeData(predicate);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(function) + sizeOf(predicate);
        }
    }

    /**
     * {@code executeOnKeys}: an entry processor on the given keys.
     *
     * <pre>
     *   | name: str | entryProcessor: Data | count: i32 | key: Data * count |
     * </pre>
     */
    public record ExecuteOnKeysRequest(String name, Data entryProcessor, List<Data> keys) implements CodecRequest {

        public ExecuteOnKeysRequest {
            keys = List.copyOf(keys);
        }

        static ExecuteOnKeysRequest read(ParameterReader in) {
            return new ExecuteOnKeysRequest(in.readString(), in.readData(), in.readDataList());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(entryProcessor).writeDataList(keys);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(entryProcessor) + sizeOf(keys);
        }
    }

    /**
     * {@code fetchKeys} and {@code fetchEntries} (protocol 1.1): one batch of a partition's keys or entries.
     *
     * <pre>
     *   | name: str | partitionId: i32 | tableIndex: i32 | batch: i32 |
     * </pre>
     *
     * @param tableIndex the opaque cursor: where the previous batch of this iteration stopped
     * @param batch how many entries to return at most
     */
    public record FetchRequest(String name, int partitionId, int tableIndex, int batch) implements CodecRequest {

        static FetchRequest read(ParameterReader in) {
            return new FetchRequest(in.readString(), in.readInt(), in.readInt(), in.readInt());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(partitionId).writeInt(tableIndex).writeInt(batch);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + 3 * INT_SIZE;
        }
    }

    /**
     * {@code fetchWithQuery} (protocol 1.5): one batch of a partition's entries, filtered and projected;
     * the partition is the one in the header.
     *
     * <pre>
     *   | name: str | tableIndex: i32 | batch: i32 | projection: Data | predicate: Data |
     * </pre>
     */
    public record FetchWithQueryRequest(String name, int tableIndex, int batch, Data projection, Data predicate)
            implements CodecRequest {

        static FetchWithQueryRequest read(ParameterReader in) {
            return new FetchWithQueryRequest(in.readString(), in.readInt(), in.readInt(), in.readData(),
                    in.readData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(tableIndex).writeInt(batch).writeData(projection).writeData(predicate);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + 2 * INT_SIZE + sizeOf(projection) + sizeOf(predicate);
        }
    }

    /**
     * {@code eventJournalRead} (protocol 1.5): reads journal events of the header's partition.
     *
     * <pre>
     *   | name: str | startSequence: i64 | minSize: i32 | maxSize: i32 | predicate: Data? | projection: Data? |
     * </pre>
     */
    public record EventJournalReadRequest(String name, long startSequence, int minSize, int maxSize,
            Data predicate, Data projection) implements CodecRequest {

        static EventJournalReadRequest read(ParameterReader in) {
            return new EventJournalReadRequest(in.readString(), in.readLong(), in.readInt(), in.readInt(),
                    in.readNullableData(), in.readNullableData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeLong(startSequence).writeInt(minSize).writeInt(maxSize)
                    .writeNullableData(predicate).writeNullableData(projection);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + LONG_SIZE + 2 * INT_SIZE + 2 * BOOLEAN_SIZE + sizeOf(predicate)
                    + sizeOf(projection);
        }
    }

    /**
     * {@code addIndex}.
     *
     * <pre>
     *   | name: str | attribute: str | ordered: bool |
     * </pre>
     */
    public record AddIndexRequest(String name, String attribute, boolean ordered) implements CodecRequest {

        static AddIndexRequest read(ParameterReader in) {
            return new AddIndexRequest(in.readString(), in.readString(), in.readBoolean());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeString(attribute).writeBoolean(ordered);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(attribute) + BOOLEAN_SIZE;
        }
    }

    /**
     * {@code loadAll}: loads every key from the map store.
     *
     * <pre>
     *   | name: str | replaceExistingValues: bool |
     * </pre>
     */
    public record LoadAllRequest(String name, boolean replaceExistingValues) implements CodecRequest {

        static LoadAllRequest read(ParameterReader in) {
            return new LoadAllRequest(in.readString(), in.readBoolean());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeBoolean(replaceExistingValues);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + BOOLEAN_SIZE;
        }
    }

    /**
     * {@code loadGivenKeys}: loads the given keys from the map store.
     *
     * <pre>
     *   | name: str | count: i32 | key: Data * count | replaceExistingValues: bool |
     * </pre>
     */
    public record LoadGivenKeysRequest(String name, List<Data> keys, boolean replaceExistingValues)
            implements CodecRequest {

        public LoadGivenKeysRequest {
            keys = List.copyOf(keys);
        }

        static LoadGivenKeysRequest read(ParameterReader in) {
            return new LoadGivenKeysRequest(in.readString(), in.readDataList(), in.readBoolean());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeDataList(keys).writeBoolean(replaceExistingValues);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(keys) + BOOLEAN_SIZE;
        }
    }
}
