package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/** Map listeners through the client: the events a 3.12 member sends, with and without values. */
class EntryListenerIT extends ClientSuite {

    private static final Duration QUIET = Duration.ofMillis(300);

    private String memberUuid(Target target) {
        return client(target).cluster().getMembers().get(0).uuid();
    }

    @OnEveryServerAndRouting
    @DisplayName("added, updated and removed events carry key, value and old value, and the member's uuid")
    void addedUpdatedRemoved(Target target) {
        AlderMap<String, String> map = client(target).getMap(uniqueName());
        RecordingListener listener = new RecordingListener();
        map.addEntryListener(listener, true);

        map.put("k", "v1");
        map.put("k", "v2");
        map.remove("k");

        String name = map.getName();
        String member = memberUuid(target);
        eventually().untilAsserted(() -> assertThat(listener.events()).containsExactly(
                new EntryEvent<>(name, EntryEventType.ADDED, "k", "v1", null, null, member),
                new EntryEvent<>(name, EntryEventType.UPDATED, "k", "v2", "v1", null, member),
                new EntryEvent<>(name, EntryEventType.REMOVED, "k", null, "v2", null, member)));
    }

    @OnEveryServerAndRouting
    @DisplayName("without includeValue, events carry the key only")
    void withoutValues(Target target) {
        AlderMap<String, String> map = client(target).getMap(uniqueName());
        RecordingListener listener = new RecordingListener();
        map.addEntryListener(listener, false);

        map.put("k", "v1");
        map.put("k", "v2");
        map.remove("k");

        eventually().untilAsserted(() -> assertThat(listener.events()).hasSize(3).allSatisfy(event -> {
            EntryEvent<?, ?> entryEvent = (EntryEvent<?, ?>) event;
            assertThat(entryEvent.key()).isEqualTo("k");
            assertThat(entryEvent.value()).isNull();
            assertThat(entryEvent.oldValue()).isNull();
        }));
    }

    @OnEveryServerAndRouting
    @DisplayName("a key listener hears only its key")
    void keyListener(Target target) {
        AlderMap<String, String> map = client(target).getMap(uniqueName());
        RecordingListener all = new RecordingListener();
        RecordingListener onlyK = new RecordingListener();
        map.addEntryListener(all, false);
        map.addEntryListener(onlyK, "k", true);

        map.put("other", "v");
        map.put("k", "v");
        map.put("another", "v");

        eventually().until(() -> all.events().size() == 3 && onlyK.events().size() == 1);
        eventually().during(QUIET).until(() -> onlyK.events().size() == 1);
        assertThat(((EntryEvent<?, ?>) onlyK.events().get(0)).key()).isEqualTo("k");
    }

    @OnEveryServerAndRouting
    @DisplayName("a single-event listener hears only its kind of event")
    void singleEventListener(Target target) {
        AlderMap<String, String> map = client(target).getMap(uniqueName());
        RecordingListener all = new RecordingListener();
        List<String> added = new CopyOnWriteArrayList<>();
        map.addEntryListener(all, false);
        map.addEntryListener((EntryAddedListener<String, String>) event -> added.add(event.key()), false);

        map.put("a", "1");
        map.put("a", "2");
        map.remove("a");
        map.put("b", "1");
        map.clear();

        eventually().until(() -> all.events().size() == 5);
        eventually().during(QUIET).until(() -> added.size() == 2);
        assertThat(added).containsExactlyInAnyOrder("a", "b");
    }

    @OnEveryServerAndRouting
    @DisplayName("evicting an entry sends EVICTED; an expiring one sends EVICTED and EXPIRED, as on 3.12")
    void evictedAndExpired(Target target) {
        AlderMap<String, String> map = client(target).getMap(uniqueName());
        RecordingListener listener = new RecordingListener();
        map.put("evicted", "v");
        map.addEntryListener(listener, true);

        map.evict("evicted");
        map.put("expiring", "v", 1, TimeUnit.SECONDS);

        eventually().untilAsserted(() -> assertThat(listener.events())
                .map(event -> ((EntryEvent<?, ?>) event).eventType() + " " + ((EntryEvent<?, ?>) event).key())
                .containsExactlyInAnyOrder("EVICTED evicted", "ADDED expiring", "EVICTED expiring",
                        "EXPIRED expiring"));
        String name = map.getName();
        String member = memberUuid(target);
        assertThat(listener.events()).contains(
                new EntryEvent<>(name, EntryEventType.EVICTED, "evicted", null, "v", null, member),
                new EntryEvent<>(name, EntryEventType.EXPIRED, "expiring", null, "v", null, member));
    }

    @OnEveryServerAndRouting
    @DisplayName("clear and evictAll send one map event with the number of entries dropped")
    void mapEvents(Target target) {
        AlderMap<String, String> map = client(target).getMap(uniqueName());
        RecordingListener listener = new RecordingListener();
        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "3");
        map.addEntryListener(listener, true);

        map.clear();
        map.put("d", "4");
        map.put("e", "5");
        map.evictAll();

        String name = map.getName();
        String member = memberUuid(target);
        eventually().untilAsserted(() -> assertThat(listener.events()).filteredOn(MapEvent.class::isInstance)
                .containsExactly(new MapEvent(name, EntryEventType.CLEAR_ALL, 3, member),
                        new MapEvent(name, EntryEventType.EVICT_ALL, 2, member)));
    }

    @OnEveryServerAndRouting
    @DisplayName("a removed listener hears nothing more; removing it again says false")
    void removeListener(Target target) {
        AlderMap<String, String> map = client(target).getMap(uniqueName());
        RecordingListener listener = new RecordingListener();
        String registration = map.addEntryListener(listener, true);
        map.put("before", "v");
        eventually().until(() -> listener.events().size() == 1);

        assertThat(map.removeEntryListener(registration)).isTrue();
        map.put("after", "v");

        eventually().during(QUIET).until(() -> listener.events().size() == 1);
        assertThat(map.removeEntryListener(registration)).isFalse();
    }

    @OnEveryServer
    @DisplayName("a listener hears the changes other clients make")
    void otherClientsChanges(ServerKind kind) {
        String name = uniqueName();
        RecordingListener listener = new RecordingListener();
        client(kind).<String, String>getMap(name).addEntryListener(listener, true);

        otherClient(kind).<String, String>getMap(name).put("k", "v");

        eventually().untilAsserted(() -> assertThat(listener.events()).singleElement()
                .extracting(event -> ((EntryEvent<?, ?>) event).value()).isEqualTo("v"));
    }
}
