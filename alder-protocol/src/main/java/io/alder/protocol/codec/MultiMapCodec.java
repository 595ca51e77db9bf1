package io.alder.protocol.codec;

import static io.alder.protocol.MessageType.*;

import io.alder.protocol.MessageType;
import io.alder.protocol.codec.MapCodec.ForceUnlockRequest;
import io.alder.protocol.codec.MapCodec.IsLockedRequest;
import io.alder.protocol.codec.MapCodec.KeyValueRequest;
import io.alder.protocol.codec.MapCodec.LockRequest;
import io.alder.protocol.codec.MapCodec.TryLockRequest;
import io.alder.protocol.codec.MapCodec.UnlockRequest;
import java.util.function.Predicate;

/**
 * Requests of the {@code MultiMap.*} family (service 0x02, the 22 MultiMap messages of 3.12). Key-bound
 * messages carry the key's partition in the frame header; the whole-multimap ones ({@code keySet},
 * {@code values}, {@code entrySet}, {@code size}, {@code clear}, {@code containsValue}) and the listener
 * messages carry -1.
 *
 * <p>Most messages have the layout of a Map message, and share its record: {@code get}, {@code remove},
 * {@code containsKey}, {@code valueCount} and {@code delete} are a {@link KeyRequest}; {@code put},
 * {@code containsEntry} and {@code removeEntry} a {@link MapCodec.KeyValueRequest}; the key locks
 * ({@code lock}, {@code tryLock}, {@code isLocked}, {@code unlock}, {@code forceUnlock}) the records of
 * Map's key locks, with the same trailing {@code referenceId} (see {@link ReferenceIds}). Both listener
 * registrations are a {@link ValueListenerRequest}, told apart by its key.
 *
 * <p>{@link #REQUESTS} decodes and encodes them all; a handler reads its message with, e.g.,
 * {@code MultiMapCodec.REQUESTS.decodeAs(message, KeyValueRequest.class)}.
 */
public final class MultiMapCodec {

    /** The 22 MultiMap requests of 3.12 and their shapes. */
    public static final RequestFamily REQUESTS = new RequestFamily("MultiMap");

    static {
        REQUESTS.register(KeyRequest.class, KeyRequest::read, MULTI_MAP_GET, MULTI_MAP_REMOVE,
                MULTI_MAP_CONTAINS_KEY, MULTI_MAP_VALUE_COUNT, MULTI_MAP_DELETE);
        REQUESTS.register(KeyValueRequest.class, KeyValueRequest::read, MULTI_MAP_PUT, MULTI_MAP_CONTAINS_ENTRY,
                MULTI_MAP_REMOVE_ENTRY);
        REQUESTS.register(NameRequest.class, NameRequest::read, MULTI_MAP_KEY_SET, MULTI_MAP_VALUES,
                MULTI_MAP_ENTRY_SET, MULTI_MAP_SIZE, MULTI_MAP_CLEAR);
        REQUESTS.register(ValueRequest.class, ValueRequest::read, MULTI_MAP_CONTAINS_VALUE);
        registerListener(MULTI_MAP_ADD_ENTRY_LISTENER, false);
        registerListener(MULTI_MAP_ADD_ENTRY_LISTENER_TO_KEY, true);
        REQUESTS.register(RegistrationIdRequest.class, RegistrationIdRequest::read, MULTI_MAP_REMOVE_ENTRY_LISTENER);
        REQUESTS.register(LockRequest.class, LockRequest::read, MULTI_MAP_LOCK);
        REQUESTS.register(TryLockRequest.class, TryLockRequest::read, MULTI_MAP_TRY_LOCK);
        REQUESTS.register(IsLockedRequest.class, IsLockedRequest::read, MULTI_MAP_IS_LOCKED);
        REQUESTS.register(UnlockRequest.class, UnlockRequest::read, MULTI_MAP_UNLOCK);
        REQUESTS.register(ForceUnlockRequest.class, ForceUnlockRequest::read, MULTI_MAP_FORCE_UNLOCK);
    }

    private MultiMapCodec() {
    }

    /** The registration for one key ({@code toKey}) or for every key of the multimap. */
    private static void registerListener(MessageType type, boolean toKey) {
        Predicate<CodecRequest> sentAsType = request -> request instanceof ValueListenerRequest listener
                && (listener.key() != null) == toKey;
        REQUESTS.register(type, ValueListenerRequest.class, sentAsType, in -> ValueListenerRequest.read(in, toKey));
    }
}
