package io.alder.client.internal.proxy;

import io.alder.client.EntryAddedListener;
import io.alder.client.EntryEventType;
import io.alder.client.EntryEvictedListener;
import io.alder.client.EntryExpiredListener;
import io.alder.client.EntryRemovedListener;
import io.alder.client.EntryUpdatedListener;
import io.alder.client.MapClearedListener;
import io.alder.client.MapEvictedListener;
import io.alder.client.MapListener;

/** The entry event types a map listener handles, as the listener flags of its registration. */
final class ListenerFlags {

    private ListenerFlags() {
    }

    /**
     * The flags of the event interfaces {@code listener} implements.
     *
     * @throws IllegalArgumentException if it implements none, so that it would never hear anything
     */
    static int of(MapListener<?, ?> listener) {
        int flags = flag(listener instanceof EntryAddedListener, EntryEventType.ADDED)
                | flag(listener instanceof EntryUpdatedListener, EntryEventType.UPDATED)
                | flag(listener instanceof EntryRemovedListener, EntryEventType.REMOVED)
                | flag(listener instanceof EntryEvictedListener, EntryEventType.EVICTED)
                | flag(listener instanceof EntryExpiredListener, EntryEventType.EXPIRED)
                | flag(listener instanceof MapClearedListener, EntryEventType.CLEAR_ALL)
                | flag(listener instanceof MapEvictedListener, EntryEventType.EVICT_ALL);
        if (flags == 0) {
            throw new IllegalArgumentException(listener.getClass().getName()
                    + " implements no event interface of MapListener (EntryAddedListener, ...)");
        }
        return flags;
    }

    private static int flag(boolean handles, EntryEventType type) {
        return handles ? type.flag() : 0;
    }
}
