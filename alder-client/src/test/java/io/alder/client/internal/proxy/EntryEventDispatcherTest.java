package io.alder.client.internal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alder.client.EntryAddedListener;
import io.alder.client.EntryEvent;
import io.alder.client.EntryEventType;
import io.alder.client.EntryListener;
import io.alder.client.MapClearedListener;
import io.alder.client.MapEvent;
import io.alder.client.MapListener;
import io.alder.protocol.ClientMessage;
import io.alder.protocol.codec.EventCodec;
import io.alder.serialization.Data;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Listener flags from listener interfaces, and ENTRY events turned into listener calls. */
class EntryEventDispatcherTest {

    private final TestContext context = new TestContext();

    /** Records the added and cleared events it hears; registers for nothing else. */
    private static final class AddedAndCleared
            implements EntryAddedListener<String, String>, MapClearedListener<String, String> {

        final List<Object> heard = new ArrayList<>();

        @Override
        public void entryAdded(EntryEvent<String, String> event) {
            heard.add(event);
        }

        @Override
        public void mapCleared(MapEvent event) {
            heard.add(event);
        }
    }

    @Test
    @DisplayName("a listener registers for the event types of the interfaces it implements")
    void flags() {
        assertThat(ListenerFlags.of(new AddedAndCleared()))
                .isEqualTo(EntryEventType.ADDED.flag() | EntryEventType.CLEAR_ALL.flag());
        assertThat(ListenerFlags.of(new EntryListener<String, String>() { }))
                .isEqualTo(1 | 2 | 4 | 8 | 16 | 32 | 128);
        assertThatThrownBy(() -> ListenerFlags.of(new MapListener<String, String>() { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an entry event reaches the method of its type with key and values deserialized")
    void entryEvent() {
        List<EntryEvent<String, String>> updates = new ArrayList<>();
        EntryListener<String, String> listener = new EntryListener<>() {
            @Override
            public void entryUpdated(EntryEvent<String, String> event) {
                updates.add(event);
            }
        };

        dispatch(listener, new EventCodec.EntryEvent(data("k"), data("new"), data("old"), null,
                EntryEventType.UPDATED.flag(), "member-1", 1));

        assertThat(updates).containsExactly(
                new EntryEvent<>("orders", EntryEventType.UPDATED, "k", "new", "old", null, "member-1"));
    }

    @Test
    @DisplayName("a map-wide event carries the number of affected entries")
    void mapEvent() {
        AddedAndCleared listener = new AddedAndCleared();

        dispatch(listener, new EventCodec.EntryEvent(null, null, null, null, EntryEventType.CLEAR_ALL.flag(),
                "member-1", 5));

        assertThat(listener.heard).containsExactly(new MapEvent("orders", EntryEventType.CLEAR_ALL, 5, "member-1"));
    }

    @Test
    @DisplayName("events of a type the listener has no method for are dropped")
    void unhandledTypeDropped() {
        AddedAndCleared listener = new AddedAndCleared();

        dispatch(listener, new EventCodec.EntryEvent(data("k"), null, data("old"), null,
                EntryEventType.REMOVED.flag(), "member-1", 1));
        dispatch(listener, new EventCodec.EntryEvent(data("k"), data("v"), null, null,
                EntryEventType.MERGED.flag(), "member-1", 1));

        assertThat(listener.heard).isEmpty();
    }

    private void dispatch(MapListener<String, String> listener, EventCodec.EntryEvent event) {
        ClientMessage message = EventCodec.encodeEntry(context.allocator(), 7, -1, event);
        try {
            new EntryEventDispatcher<>("orders", listener, context.serialization()).accept(message);
        } finally {
            message.release();
        }
    }

    private Data data(String value) {
        return context.toData(value);
    }
}
