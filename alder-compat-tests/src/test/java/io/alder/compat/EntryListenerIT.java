package io.alder.compat;

import static io.alder.compat.SeenEvent.entry;
import static io.alder.compat.SeenEvent.mapWide;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.EntryEventType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

/**
 * Entry listeners registered by one client and fed by another client's writes: every event type, with
 * and without values, key-specific and single-type registrations, and deregistration.
 */
class EntryListenerIT extends CompatSuite {

    /** How long a listener must stay quiet to show that an event it should not hear did not come. */
    private static final Duration QUIET = Duration.ofMillis(300);

    @OnEveryClientServerAndRouting
    @DisplayName("every entry event type with values: ADDED, UPDATED, REMOVED, EVICTED, from the server's member")
    void everyEventTypeWithValues(Target target) {
        String name = uniqueName();
        RecordingListener listener = RecordingListener.ofEveryType();
        client(target).getMap(name).addEntryListener(listener, true);

        writeEveryEventType(otherClient(target).getMap(name));

        assertEvents(listener, true);
        String member = client(target).memberUuid(server(target.server()).addressString());
        assertThat(member).isNotNull();
        assertThat(listener.sources()).containsOnly(member);
        assertThat(listener.mapNames()).containsExactly(name);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("includeValue=false: the same events, with null value and old value")
    void everyEventTypeWithoutValues(Target target) {
        String name = uniqueName();
        RecordingListener listener = RecordingListener.ofEveryType();
        client(target).getMap(name).addEntryListener(listener, false);

        writeEveryEventType(otherClient(target).getMap(name));

        assertEvents(listener, false);
    }

    /** Writes that cause one of each event type; {@link #assertEvents} waits for every step's events. */
    private static void writeEveryEventType(MapView<String, String> writer) {
        writer.put("k", "v1");
        writer.put("k", "v2");
        writer.remove("k");
        writer.put("k", "v3");
        writer.evict("k");
        writer.put("a", "1");
        writer.put("b", "2");
        writer.put("c", "3");
    }

    private void assertEvents(RecordingListener listener, boolean withValues) {
        List<SeenEvent> single = List.of(
                entry(EntryEventType.ADDED, "k", withValues ? "v1" : null, null),
                entry(EntryEventType.UPDATED, "k", withValues ? "v2" : null, withValues ? "v1" : null),
                entry(EntryEventType.REMOVED, "k", null, withValues ? "v2" : null),
                entry(EntryEventType.ADDED, "k", withValues ? "v3" : null, null),
                entry(EntryEventType.EVICTED, "k", null, withValues ? "v3" : null));
        List<SeenEvent> added = List.of(
                entry(EntryEventType.ADDED, "a", withValues ? "1" : null, null),
                entry(EntryEventType.ADDED, "b", withValues ? "2" : null, null),
                entry(EntryEventType.ADDED, "c", withValues ? "3" : null, null));
        // Events of one key arrive in order; events of different keys may interleave.
        eventually().untilAsserted(() -> assertThat(listener.events())
                .filteredOn(e -> "k".equals(e.key())).containsExactlyElementsOf(single));
        eventually().untilAsserted(() -> assertThat(listener.events())
                .filteredOn(e -> !"k".equals(e.key())).containsExactlyInAnyOrderElementsOf(added));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("evictAll and clear reach MapEvictedListener and MapClearedListener with the entry counts")
    void evictAllAndClear(Target target) {
        String name = uniqueName();
        RecordingListener listener = RecordingListener.ofEveryType();
        client(target).getMap(name).addEntryListener(listener, true);
        MapView<String, String> writer = otherClient(target).getMap(name);
        writer.put("a", "1");
        writer.put("b", "2");
        writer.put("c", "3");
        eventually().until(() -> listener.events().size() == 3);

        writer.evictAll();
        eventually().untilAsserted(() -> assertThat(listener.events()).hasSize(4)
                .last().isEqualTo(mapWide(EntryEventType.EVICT_ALL, 3)));

        writer.put("d", "4");
        writer.put("e", "5");
        eventually().until(() -> listener.events().size() == 6);
        writer.clear();
        eventually().untilAsserted(() -> assertThat(listener.events()).hasSize(7)
                .last().isEqualTo(mapWide(EntryEventType.CLEAR_ALL, 2)));
        assertThat(listener.mapNames()).containsExactly(name);
        assertThat(listener.sources()).containsOnly(client(target).memberUuid(server(target.server()).addressString()));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a key-specific listener hears only its key, while a listener of the whole map hears every key")
    void keySpecificListener(Target target) {
        String name = uniqueName();
        RecordingListener onlyK1 = RecordingListener.ofEveryType();
        RecordingListener all = RecordingListener.ofEveryType();
        MapView<String, String> listening = client(target).getMap(name);
        listening.addEntryListener(onlyK1, "k1", true);
        listening.addEntryListener(all, false);
        MapView<String, String> writer = otherClient(target).getMap(name);

        writer.put("k2", "a");
        writer.put("k1", "b");
        writer.put("k2", "c");
        writer.remove("k2");
        writer.remove("k1");

        eventually().until(() -> all.events().size() == 5);
        eventually().during(QUIET).untilAsserted(() -> assertThat(onlyK1.events()).containsExactly(
                entry(EntryEventType.ADDED, "k1", "b", null),
                entry(EntryEventType.REMOVED, "k1", null, "b")));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a single-type listener hears only its type of event")
    void singleTypeListener(Target target) {
        String name = uniqueName();
        RecordingListener all = RecordingListener.ofEveryType();
        RecordingListener added = RecordingListener.of(EntryEventType.ADDED);
        MapView<String, String> listening = client(target).getMap(name);
        listening.addEntryListener(all, false);
        listening.addEntryListener(added, false);
        MapView<String, String> writer = otherClient(target).getMap(name);

        writer.put("a", "1");
        writer.put("a", "2");
        writer.remove("a");
        writer.put("b", "1");
        writer.clear();

        eventually().until(() -> all.events().size() == 5);
        eventually().during(QUIET).until(() -> added.events().size() == 2);
        assertThat(added.events()).extracting(SeenEvent::type).containsOnly(EntryEventType.ADDED);
        assertThat(added.events()).extracting(SeenEvent::key).containsExactlyInAnyOrder("a", "b");
    }

    @OnEveryClientServerAndRouting
    @DisplayName("removeEntryListener stops the events of that registration only; removing it again is false")
    void removeEntryListenerStopsEvents(Target target) {
        String name = uniqueName();
        MapView<String, String> listening = client(target).getMap(name);
        RecordingListener removed = RecordingListener.ofEveryType();
        RecordingListener kept = RecordingListener.ofEveryType();
        String registration = listening.addEntryListener(removed, true);
        listening.addEntryListener(kept, true);
        MapView<String, String> writer = otherClient(target).getMap(name);
        writer.put("k", "v1");
        SeenEvent firstEvent = entry(EntryEventType.ADDED, "k", "v1", null);
        eventually().untilAsserted(() -> assertThat(removed.events()).containsExactly(firstEvent));

        assertThat(listening.removeEntryListener(registration)).isTrue();
        writer.put("k", "v2");
        writer.remove("k");

        // Both registrations see events of one key in order, so once the kept one has the last event
        // the removed one would have had its events too.
        eventually().untilAsserted(() -> assertThat(kept.events()).containsExactly(firstEvent,
                entry(EntryEventType.UPDATED, "k", "v2", "v1"),
                entry(EntryEventType.REMOVED, "k", null, "v2")));
        assertThat(removed.events()).containsExactly(firstEvent);
        assertThat(listening.removeEntryListener(registration)).isFalse();
    }
}
