package io.alder.compat;

import com.hazelcast.core.EntryEventType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A map listener of either client for the event types it is made for, remembering what it was told in
 * arrival order, which member each event came from and which map names the events carried. The client's
 * registration asks for exactly these types (each client derives them from the listener interfaces
 * implemented, see {@link ParameterBridge}).
 */
public final class RecordingListener {

    /** Every type a map listener can hear: entry events and the map-wide CLEAR_ALL and EVICT_ALL. */
    private static final Set<EntryEventType> EVERY_TYPE = EnumSet.of(EntryEventType.ADDED, EntryEventType.UPDATED,
            EntryEventType.REMOVED, EntryEventType.EVICTED, EntryEventType.EXPIRED, EntryEventType.CLEAR_ALL,
            EntryEventType.EVICT_ALL);

    private final Set<EntryEventType> types;
    private final List<SeenEvent> events = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final Set<String> mapNames = new HashSet<>();

    private RecordingListener(Set<EntryEventType> types) {
        this.types = Set.copyOf(types);
    }

    /** A listener for every event type. */
    static RecordingListener ofEveryType() {
        return new RecordingListener(EVERY_TYPE);
    }

    /** A listener for the given types only. */
    static RecordingListener of(EntryEventType first, EntryEventType... more) {
        return new RecordingListener(EnumSet.of(first, more));
    }

    /** The event types to register for. */
    Set<EntryEventType> types() {
        return types;
    }

    /** Records an event; {@code memberUuid} is null where the client did not know the sending member. */
    synchronized void heard(SeenEvent event, String mapName, String memberUuid) {
        events.add(event);
        sources.add(memberUuid);
        mapNames.add(mapName);
    }

    /** A copy of the events so far, oldest first. */
    synchronized List<SeenEvent> events() {
        return List.copyOf(events);
    }

    /** The uuid of the member each event said it came from, in arrival order. */
    synchronized List<String> sources() {
        return new ArrayList<>(sources);
    }

    /** The map names the events carried. */
    synchronized Set<String> mapNames() {
        return Set.copyOf(mapNames);
    }
}
