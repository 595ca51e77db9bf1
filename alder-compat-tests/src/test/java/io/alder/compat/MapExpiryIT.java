package io.alder.compat;

import static io.alder.compat.SeenEvent.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.EntryEventType;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/**
 * Entries that expire by time-to-live or max-idle, watched by listeners on a second client. A 3.12
 * member reports an expiry as an EVICTED and then an EXPIRED event, each to the listeners that asked
 * for that type.
 */
class MapExpiryIT extends CompatSuite {

    /** 3.12 keeps entry times in whole seconds, so an entry may expire up to 1 s before its deadline. */
    private static final long STORED_PRECISION_MILLIS = 1000;

    @OnEveryClientServerAndRouting
    @DisplayName("ttl: the entry is gone after its ttl, and listeners hear EVICTED then EXPIRED from the member")
    void ttlExpiry(Target target) {
        String name = uniqueName();
        MapView<String, String> map = client(target).getMap(name);
        MapView<String, String> watched = otherClient(target).getMap(name);
        RecordingListener listener = RecordingListener.ofEveryType();
        watched.addEntryListener(listener, true);
        RecordingListener expiredOnly = RecordingListener.of(EntryEventType.EXPIRED);
        watched.addEntryListener(expiredOnly, true);
        RecordingListener evictedOnly = RecordingListener.of(EntryEventType.EVICTED);
        watched.addEntryListener(evictedOnly, true);

        long putAt = System.currentTimeMillis();
        map.put("k", "v", 2, TimeUnit.SECONDS);
        assertThat(map.get("k")).isEqualTo("v");

        eventually().until(() -> map.get("k") == null);
        assertThat(System.currentTimeMillis() - putAt).isGreaterThanOrEqualTo(2000 - STORED_PRECISION_MILLIS);
        assertThat(map.containsKey("k")).isFalse();
        assertThat(map.size()).isZero();
        eventually().untilAsserted(() -> assertThat(listener.events()).containsExactly(
                entry(EntryEventType.ADDED, "k", "v", null),
                entry(EntryEventType.EVICTED, "k", null, "v"),
                entry(EntryEventType.EXPIRED, "k", null, "v")));
        eventually().untilAsserted(() -> assertThat(expiredOnly.events()).extracting(SeenEvent::type)
                .containsExactly(EntryEventType.EXPIRED));
        eventually().untilAsserted(() -> assertThat(evictedOnly.events()).extracting(SeenEvent::type)
                .containsExactly(EntryEventType.EVICTED));
        String member = otherClient(target).memberUuid(server(target.server()).addressString());
        assertThat(listener.sources()).containsOnly(member).doesNotContainNull();
        assertThat(listener.mapNames()).containsExactly(name);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("max idle: untouched entries of put and set expire by themselves, and listeners hear EVICTED then EXPIRED")
    void maxIdleExpiry(Target target) {
        String name = uniqueName();
        MapView<String, String> map = client(target).getMap(name);
        RecordingListener listener = RecordingListener.ofEveryType();
        otherClient(target).getMap(name).addEntryListener(listener, true);

        long putAt = System.currentTimeMillis();
        map.put("k", "v", 0, TimeUnit.SECONDS, 2, TimeUnit.SECONDS);
        map.set("set", "v", 0, TimeUnit.SECONDS, 2, TimeUnit.SECONDS);

        // Waiting on the listener and on size, not on reads: a read is an access and would keep the entry alive.
        eventually().untilAsserted(() -> assertThat(listener.events()).filteredOn(e -> "k".equals(e.key()))
                .containsExactly(
                        entry(EntryEventType.ADDED, "k", "v", null),
                        entry(EntryEventType.EVICTED, "k", null, "v"),
                        entry(EntryEventType.EXPIRED, "k", null, "v")));
        assertThat(System.currentTimeMillis() - putAt).isGreaterThanOrEqualTo(2000 - STORED_PRECISION_MILLIS);
        eventually().until(() -> map.size() == 0);
        assertThat(map.get("k")).isNull();
        assertThat(map.get("set")).isNull();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("setTtl on an entry without ttl makes it expire")
    void setTtlExpiry(Target target) {
        MapView<String, String> map = client(target).getMap(uniqueName());
        map.put("k", "v");

        assertThat(map.setTtl("k", 1, TimeUnit.SECONDS)).isTrue();

        eventually().until(() -> map.get("k") == null);
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("ttl on put, set, putIfAbsent, putTransient and putAsync expires the entry too; no ttl or ttl 0 is forever")
    void ttlOnOtherWrites(Target target) throws Exception {
        MapView<String, String> map = client(target).getMap(uniqueName());

        map.put("put", "v", 1, TimeUnit.SECONDS);
        map.set("set", "v", 1, TimeUnit.SECONDS);
        map.putIfAbsent("putIfAbsent", "v", 1, TimeUnit.SECONDS);
        map.putTransient("putTransient", "v", 1, TimeUnit.SECONDS);
        map.putAsync("putAsync", "v", 1, TimeUnit.SECONDS).get();
        map.put("forever", "v");
        map.put("ttl zero", "v", 0, TimeUnit.SECONDS);

        eventually().untilAsserted(() -> {
            assertThat(map.get("put")).isNull();
            assertThat(map.get("set")).isNull();
            assertThat(map.get("putIfAbsent")).isNull();
            assertThat(map.get("putTransient")).isNull();
            assertThat(map.get("putAsync")).isNull();
        });
        assertThat(map.size()).isEqualTo(2);
        assertThat(map.keySet()).containsExactlyInAnyOrder("forever", "ttl zero");
    }
}
