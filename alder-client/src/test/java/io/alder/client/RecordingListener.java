package io.alder.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hears every kind of map event and keeps them, entry and map events alike, in arrival order. */
final class RecordingListener implements EntryListener<String, String> {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void entryAdded(EntryEvent<String, String> event) {
        events.add(event);
    }

    @Override
    public void entryUpdated(EntryEvent<String, String> event) {
        events.add(event);
    }

    @Override
    public void entryRemoved(EntryEvent<String, String> event) {
        events.add(event);
    }

    @Override
    public void entryEvicted(EntryEvent<String, String> event) {
        events.add(event);
    }

    @Override
    public void entryExpired(EntryEvent<String, String> event) {
        events.add(event);
    }

    @Override
    public void mapCleared(MapEvent event) {
        events.add(event);
    }

    @Override
    public void mapEvicted(MapEvent event) {
        events.add(event);
    }

    List<Object> events() {
        return events;
    }
}
