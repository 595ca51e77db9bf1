package io.alder.compat;

import com.hazelcast.core.AbstractIMapEvent;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.MapEvent;
import com.hazelcast.core.Member;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.map.listener.MapClearedListener;
import com.hazelcast.map.listener.MapEvictedListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A map listener for every event type the suites check, remembering what it was told in arrival order
 * and which members the events came from. The official client derives the registration's event-type
 * flags from the interfaces implemented here.
 */
final class RecordingMapListener implements EntryAddedListener<Object, Object>, EntryUpdatedListener<Object, Object>,
        EntryRemovedListener<Object, Object>, EntryEvictedListener<Object, Object>,
        EntryExpiredListener<Object, Object>, MapEvictedListener, MapClearedListener {

    private final List<SeenEvent> events = new ArrayList<>();
    private final List<Member> sources = new ArrayList<>();
    private final Set<String> mapNames = new HashSet<>();

    /** A copy of the events so far, oldest first. */
    synchronized List<SeenEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The member each event said it came from, in arrival order; an entry is null where the client did
     * not know the sending member's uuid.
     */
    synchronized List<Member> sources() {
        return new ArrayList<>(sources);
    }

    /** The map names the events carried. */
    synchronized Set<String> mapNames() {
        return Set.copyOf(mapNames);
    }

    @Override
    public void entryAdded(EntryEvent<Object, Object> event) {
        recordEntry(event);
    }

    @Override
    public void entryUpdated(EntryEvent<Object, Object> event) {
        recordEntry(event);
    }

    @Override
    public void entryRemoved(EntryEvent<Object, Object> event) {
        recordEntry(event);
    }

    @Override
    public void entryEvicted(EntryEvent<Object, Object> event) {
        recordEntry(event);
    }

    @Override
    public void entryExpired(EntryEvent<Object, Object> event) {
        recordEntry(event);
    }

    @Override
    public void mapEvicted(MapEvent event) {
        recordMapWide(event);
    }

    @Override
    public void mapCleared(MapEvent event) {
        recordMapWide(event);
    }

    private void recordEntry(EntryEvent<Object, Object> event) {
        record(event, SeenEvent.entry(event.getEventType(), event.getKey(), event.getValue(), event.getOldValue()));
    }

    private void recordMapWide(MapEvent event) {
        record(event, SeenEvent.mapWide(event.getEventType(), event.getNumberOfEntriesAffected()));
    }

    private synchronized void record(AbstractIMapEvent event, SeenEvent seen) {
        events.add(seen);
        sources.add(event.getMember());
        mapNames.add(event.getName());
    }
}
