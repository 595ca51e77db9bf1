package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.BOOLEAN_SIZE;
import static io.alder.protocol.MessageWriter.LONG_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapQueryCodec.PutAllRequest;
import io.alder.serialization.Data;
import java.util.function.Predicate;

/**
 * Requests of the {@code ReplicatedMap.*} family (service 0x0E, the 18 ReplicatedMap messages of 3.12). 3.12
 * clients route them their own way: {@code put}, {@code get}, {@code remove} and {@code containsKey} carry the
 * key's partition in the frame header; the whole-map reads ({@code size}, {@code isEmpty},
 * {@code containsValue}, {@code keySet}, {@code values}, {@code entrySet}) a partition the client picked for the
 * map (the Java client a random one per proxy, the Node.js client the partition of the name); {@code putAll},
 * {@code clear} and the listener messages -1.
 *
 * <p>Messages with the layout of a Map message share its record: {@code get}, {@code remove} and
 * {@code containsKey} (name and key) are a {@link MapCodec.IsLockedRequest}, {@code putAll} a
 * {@link MapQueryCodec.PutAllRequest}. The four entry listener registrations are an
 * {@link EntryListenerRequest}, {@code addNearCacheEntryListener} a {@link ValueListenerRequest} without key.
 *
 * <p>{@link #REQUESTS} decodes and encodes them all.
 */
public final class ReplicatedMapCodec {

    /** The 18 ReplicatedMap requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("ReplicatedMap");

    static {
        REQUESTS.register(PutRequest.class, PutRequest::read, REPLICATED_MAP_PUT);
        REQUESTS.register(NameRequest.class, NameRequest::read, REPLICATED_MAP_SIZE, REPLICATED_MAP_IS_EMPTY,
                REPLICATED_MAP_CLEAR, REPLICATED_MAP_KEY_SET, REPLICATED_MAP_VALUES, REPLICATED_MAP_ENTRY_SET);
        REQUESTS.register(IsLockedRequest.class, IsLockedRequest::read, REPLICATED_MAP_CONTAINS_KEY,
                REPLICATED_MAP_GET, REPLICATED_MAP_REMOVE);
        REQUESTS.register(ValueRequest.class, ValueRequest::read, REPLICATED_MAP_CONTAINS_VALUE);
        REQUESTS.register(PutAllRequest.class, PutAllRequest::read, REPLICATED_MAP_PUT_ALL);
        for (MessageType type : new MessageType[] {REPLICATED_MAP_ADD_ENTRY_LISTENER,
                REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY, REPLICATED_MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE,
                REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE}) {
            Predicate<CodecRequest> sentAsType = request -> request instanceof EntryListenerRequest listener
                    && listener.messageType() == type;
            REQUESTS.register(type, EntryListenerRequest.class, sentAsType, in -> EntryListenerRequest.read(in, type));
        }
        REQUESTS.register(RegistrationIdRequest.class, RegistrationIdRequest::read,
                REPLICATED_MAP_REMOVE_ENTRY_LISTENER);
        REQUESTS.register(REPLICATED_MAP_ADD_NEAR_CACHE_ENTRY_LISTENER, ValueListenerRequest.class,
                request -> request instanceof ValueListenerRequest listener && listener.key() == null,
                in -> ValueListenerRequest.read(in, false));
    }

    private ReplicatedMapCodec() {
    }

    /**
     * {@code put} (0x0e01): stores the value for {@code ttl} ms (0: forever; 3.12 refuses a negative one).
     *
     * <pre>
     *   | name: str | key: Data | value: Data | ttl: i64 |
     * </pre>
     */
    public record PutRequest(String name, Data key, Data value, long ttl) implements CodecRequest {

        static PutRequest read(ParameterReader in) {
            return new PutRequest(in.readString(), in.readData(), in.readData(), in.readLong());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(key).writeData(value).writeLong(ttl);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(key) + sizeOf(value) + LONG_SIZE;
        }
    }

    /**
     * The four entry listener registrations, which differ only in an optional key and predicate; the message
     * type follows from which of the two are present ({@link #messageType()}). Events always carry values.
     *
     * <pre>
     *   | name: str | key: Data (only ...ToKey...) | predicate: Data (only ...WithPredicate) | localOnly: bool |
     * </pre>
     *
     * @param key the one key to listen to, or null for every key
     * @param predicate the serialized server-side filter, or null for all events
     */
    public record EntryListenerRequest(String name, Data key, Data predicate, boolean localOnly)
            implements CodecRequest {

        static EntryListenerRequest read(ParameterReader in, MessageType type) {
            String name = in.readString();
            boolean toKey = type == REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY
                    || type == REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE;
            Data key = toKey ? in.readData() : null;
            boolean withPredicate = type == REPLICATED_MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE
                    || type == REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE;
            Data predicate = withPredicate ? in.readData() : null;
            return new EntryListenerRequest(name, key, predicate, in.readBoolean());
        }

        /** The registration message this request is sent as. */
        public MessageType messageType() {
            if (key == null) {
                return predicate == null ? REPLICATED_MAP_ADD_ENTRY_LISTENER
                        : REPLICATED_MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE;
            }
            return predicate == null ? REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY
                    : REPLICATED_MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE;
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name);
            if (key != null) {
                out.writeData(key);
            }
            if (predicate != null) {
                out.writeData(predicate);
            }
            out.writeBoolean(localOnly);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + (key == null ? 0 : sizeOf(key)) + (predicate == null ? 0 : sizeOf(predicate))
                    + BOOLEAN_SIZE;
        }
    }
}
