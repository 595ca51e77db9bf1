package io.alder.client.internal.proxy;

import static io.alder.protocol.MessageType.*;

import io.alder.protocol.MessageType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The requests the proxies send that are safe to send again after a lost connection, whether or not the
 * member applied them: the read-only ones, and those made idempotent by a reference id (the lock calls).
 * These are the requests 3.12 marks retryable (flag R of the protocol fact sheet, section 4); listener
 * registrations are the invocation service's own.
 */
final class RetryableMessages {

    private static final Set<MessageType> RETRYABLE = EnumSet.of(
            MAP_GET, MAP_CONTAINS_KEY, MAP_CONTAINS_VALUE, MAP_GET_ENTRY_VIEW, MAP_KEY_SET, MAP_VALUES,
            MAP_ENTRY_SET, MAP_SIZE, MAP_IS_EMPTY, MAP_LOCK, MAP_TRY_LOCK, MAP_IS_LOCKED, MAP_UNLOCK,
            MAP_FORCE_UNLOCK, RINGBUFFER_SIZE, RINGBUFFER_TAIL_SEQUENCE, RINGBUFFER_HEAD_SEQUENCE,
            RINGBUFFER_CAPACITY, RINGBUFFER_REMAINING_CAPACITY, RINGBUFFER_READ_ONE, RINGBUFFER_READ_MANY,
            ATOMIC_REFERENCE_GET, ATOMIC_REFERENCE_CONTAINS, ATOMIC_REFERENCE_IS_NULL, COUNT_DOWN_LATCH_GET_COUNT,
            SEMAPHORE_AVAILABLE_PERMITS,
            LIST_SIZE, LIST_CONTAINS, LIST_CONTAINS_ALL, LIST_GET_ALL, LIST_IS_EMPTY, LIST_GET, LIST_LAST_INDEX_OF,
            LIST_INDEX_OF, LIST_SUB, LIST_ITERATOR, LIST_LIST_ITERATOR,
            LOCK_IS_LOCKED, LOCK_IS_LOCKED_BY_CURRENT_THREAD, LOCK_GET_LOCK_COUNT, LOCK_GET_REMAINING_LEASE_TIME,
            LOCK_LOCK, LOCK_UNLOCK, LOCK_FORCE_UNLOCK, LOCK_TRY_LOCK, CONDITION_AWAIT, CONDITION_BEFORE_AWAIT,
            MULTI_MAP_GET, MULTI_MAP_KEY_SET, MULTI_MAP_VALUES, MULTI_MAP_ENTRY_SET, MULTI_MAP_CONTAINS_KEY,
            MULTI_MAP_CONTAINS_VALUE, MULTI_MAP_CONTAINS_ENTRY, MULTI_MAP_SIZE, MULTI_MAP_VALUE_COUNT, MULTI_MAP_LOCK,
            MULTI_MAP_TRY_LOCK, MULTI_MAP_IS_LOCKED, MULTI_MAP_UNLOCK, MULTI_MAP_FORCE_UNLOCK, REPLICATED_MAP_SIZE,
            REPLICATED_MAP_IS_EMPTY, REPLICATED_MAP_CONTAINS_KEY, REPLICATED_MAP_CONTAINS_VALUE, REPLICATED_MAP_GET,
            REPLICATED_MAP_KEY_SET, REPLICATED_MAP_VALUES, REPLICATED_MAP_ENTRY_SET);

    private RetryableMessages() {
    }

    /** Whether a request of this type id may be sent again after a lost connection. */
    static boolean isRetryable(int typeId) {
        MessageType type = MessageType.of(typeId);
        return type != null && RETRYABLE.contains(type);
    }
}
