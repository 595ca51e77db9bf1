package io.alder.compat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An item listener of either client, remembering what it was told in arrival order (each client's listener
 * is made by its {@link ParameterBridge}).
 */
public final class RecordingItemListener {

    private final List<SeenItemEvent> events = new CopyOnWriteArrayList<>();

    void heard(SeenItemEvent event) {
        events.add(event);
    }

    /** A copy of the events so far, oldest first. */
    List<SeenItemEvent> events() {
        return List.copyOf(events);
    }
}
