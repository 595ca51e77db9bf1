package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;
import static io.alder.protocol.MessageWriter.BOOLEAN_SIZE;
import static io.alder.protocol.MessageWriter.INT_SIZE;
import static io.alder.protocol.MessageWriter.sizeOf;

import io.alder.protocol.MessageType;
import io.alder.protocol.MessageWriter;
import io.alder.protocol.ParameterReader;
import io.alder.serialization.Data;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code Map.*} requests that register or remove listeners and interceptors, and those that serve
 * near caches. Decode and encode them with {@link MapCodec#REQUESTS}. The removals are the shared
 * {@link RegistrationIdRequest}.
 */
public final class MapListenerCodec {

    private static final Set<MessageType> ENTRY_LISTENER_TYPES = EnumSet.of(MAP_ADD_ENTRY_LISTENER,
            MAP_ADD_ENTRY_LISTENER_TO_KEY, MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE,
            MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE);

    private MapListenerCodec() {
    }

    static void registerShapes(RequestFamily requests) {
        for (MessageType type : ENTRY_LISTENER_TYPES) {
            Predicate<CodecRequest> sentAsType = request -> request instanceof EntryListenerRequest listener
                    && listener.messageType() == type;
            requests.register(type, EntryListenerRequest.class, sentAsType, in -> EntryListenerRequest.read(in, type));
        }
        requests.register(NearCacheListenerRequest.class, NearCacheListenerRequest::read,
                MAP_ADD_NEAR_CACHE_ENTRY_LISTENER, MAP_ADD_NEAR_CACHE_INVALIDATION_LISTENER);
        requests.register(PartitionLostListenerRequest.class, PartitionLostListenerRequest::read,
                MAP_ADD_PARTITION_LOST_LISTENER);
        requests.register(RegistrationIdRequest.class, RegistrationIdRequest::read,
                MAP_REMOVE_ENTRY_LISTENER, MAP_REMOVE_PARTITION_LOST_LISTENER, MAP_REMOVE_INTERCEPTOR);
        requests.register(InterceptorRequest.class, InterceptorRequest::read, MAP_ADD_INTERCEPTOR);
        requests.register(ClearNearCacheRequest.class, ClearNearCacheRequest::read, MAP_CLEAR_NEAR_CACHE);
        requests.register(InvalidationMetadataRequest.class, InvalidationMetadataRequest::read,
                MAP_FETCH_NEAR_CACHE_INVALIDATION_METADATA);
        requests.register(NoParameters.class, in -> NoParameters.INSTANCE, MAP_ASSIGN_AND_GET_UUIDS);
    }

    /**
     * The four entry listener registrations, which differ only in an optional key and predicate; the
     * message type follows from which of the two are present ({@link #messageType()}).
     *
     * <pre>
     *   | name: str | key: Data (only ...ToKey...) | predicate: Data (only ...WithPredicate) |
     *   | includeValue: bool | listenerFlags: i32 | localOnly: bool |
     * </pre>
     *
     * @param key the one key to listen to, or null for every key
     * @param predicate the filter for events, or null for all events
     * @param includeValue whether events carry values (otherwise their value fields are null)
     * @param listenerFlags the bit set of entry event types wanted (ADDED 1, REMOVED 2, UPDATED 4, ...)
     * @param localOnly only events of entries this member owns (what a smart client asks every member for)
     */
    public record EntryListenerRequest(String name, Data key, Data predicate, boolean includeValue,
            int listenerFlags, boolean localOnly) implements CodecRequest {

        static EntryListenerRequest read(ParameterReader in, MessageType type) {
            String name = in.readString();
            boolean toKey = type == MAP_ADD_ENTRY_LISTENER_TO_KEY
                    || type == MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE;
            Data key = toKey ? in.readData() : null;
            boolean withPredicate = type == MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE
                    || type == MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE;
            Data predicate = withPredicate ? in.readData() : null;
            return new EntryListenerRequest(name, key, predicate, in.readBoolean(), in.readInt(), in.readBoolean());
        }

        /** The registration message this request is sent as. */
        public MessageType messageType() {
            if (key == null) {
                return predicate == null ? MAP_ADD_ENTRY_LISTENER : MAP_ADD_ENTRY_LISTENER_WITH_PREDICATE;
            }
            return predicate == null ? MAP_ADD_ENTRY_LISTENER_TO_KEY : MAP_ADD_ENTRY_LISTENER_TO_KEY_WITH_PREDICATE;
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
            out.writeBoolean(includeValue).writeInt(listenerFlags).writeBoolean(localOnly);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + (key == null ? 0 : sizeOf(key)) + (predicate == null ? 0 : sizeOf(predicate))
                    + 2 * BOOLEAN_SIZE + INT_SIZE;
        }
    }

    /**
     * {@code addNearCacheEntryListener} and {@code addNearCacheInvalidationListener} (protocol 1.4): the
     * member sends IMAPINVALIDATION and IMAPBATCHINVALIDATION events.
     *
     * <pre>
     *   | name: str | listenerFlags: i32 | localOnly: bool |
     * </pre>
     */
    public record NearCacheListenerRequest(String name, int listenerFlags, boolean localOnly) implements CodecRequest {

        static NearCacheListenerRequest read(ParameterReader in) {
            return new NearCacheListenerRequest(in.readString(), in.readInt(), in.readBoolean());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeInt(listenerFlags).writeBoolean(localOnly);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + INT_SIZE + BOOLEAN_SIZE;
        }
    }

    /**
     * {@code addPartitionLostListener}: the member sends MAPPARTITIONLOST events. {@code
     * Topic.addMessageListener} has the same layout (see {@link TopicCodec}).
     *
     * <pre>
     *   | name: str | localOnly: bool |
     * </pre>
     */
    public record PartitionLostListenerRequest(String name, boolean localOnly) implements CodecRequest {

        static PartitionLostListenerRequest read(ParameterReader in) {
            return new PartitionLostListenerRequest(in.readString(), in.readBoolean());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeBoolean(localOnly);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + BOOLEAN_SIZE;
        }
    }

    /**
     * {@code addInterceptor}: a serialized server-side interceptor; the response is its id.
     *
     * <pre>
     *   | name: str | interceptor: Data |
     * </pre>
     */
    public record InterceptorRequest(String name, Data interceptor) implements CodecRequest {

        static InterceptorRequest read(ParameterReader in) {
            return new InterceptorRequest(in.readString(), in.readData());
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name).writeData(interceptor);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(interceptor);
        }
    }

    /**
     * {@code clearNearCache}: clears the near cache the given member keeps for the map.
     *
     * <pre>
     *   | name: str | target: Address |
     * </pre>
     */
    public record ClearNearCacheRequest(String name, Address target) implements CodecRequest {

        static ClearNearCacheRequest read(ParameterReader in) {
            return new ClearNearCacheRequest(in.readString(), Address.read(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeString(name);
            target.write(out);
        }

        @Override
        public int encodedSize() {
            return sizeOf(name) + sizeOf(target.host()) + INT_SIZE;
        }
    }

    /**
     * {@code fetchNearCacheInvalidationMetadata} (protocol 1.4): invalidation sequences and partition uuids
     * of the named maps, as the given member knows them.
     *
     * <pre>
     *   | count: i32 | name: str * count | address: Address |
     * </pre>
     */
    public record InvalidationMetadataRequest(List<String> names, Address address) implements CodecRequest {

        public InvalidationMetadataRequest {
            names = List.copyOf(names);
        }

        static InvalidationMetadataRequest read(ParameterReader in) {
            return new InvalidationMetadataRequest(in.readStringList(), Address.read(in));
        }

        @Override
        public void write(MessageWriter out) {
            out.writeStringList(names);
            address.write(out);
        }

        @Override
        public int encodedSize() {
            int size = INT_SIZE + sizeOf(address.host()) + INT_SIZE;
            for (String name : names) {
                size += sizeOf(name);
            }
            return size;
        }
    }

    /** {@code assignAndGetUuids} (protocol 1.4), which has no parameters: nothing to decode. */
    public record NoParameters() implements CodecRequest {

        public static final NoParameters INSTANCE = new NoParameters();

        @Override
        public void write(MessageWriter out) {
            // The message is the header alone.
        }

        @Override
        public int encodedSize() {
            return 0;
        }
    }
}
