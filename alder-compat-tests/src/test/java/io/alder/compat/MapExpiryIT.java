package io.alder.compat;

import static io.alder.compat.SeenEvent.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.EntryEventType;
import com.hazelcast.core.IMap;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    @OnEveryServer
    @DisplayName("ttl: the entry is gone after its ttl, and listeners hear EVICTED then EXPIRED")
    void ttlExpiry(ServerKind kind) {
        String name = uniqueName();
        IMap<String, String> map = client(kind).getMap(name);
        IMap<String, String> watched = otherClient(kind).getMap(name);
        RecordingMapListener listener = new RecordingMapListener();
        watched.addEntryListener(listener, true);
        List<EntryEventType> expiredOnly = new CopyOnWriteArrayList<>();
        watched.addEntryListener((EntryExpiredListener<String, String>) e -> expiredOnly.add(e.getEventType()), true);
        List<EntryEventType> evictedOnly = new CopyOnWriteArrayList<>();
        watched.addEntryListener((EntryEvictedListener<String, String>) e -> evictedOnly.add(e.getEventType()), true);

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
        eventually().untilAsserted(() -> assertThat(expiredOnly).containsExactly(EntryEventType.EXPIRED));
        eventually().untilAsserted(() -> assertThat(evictedOnly).containsExactly(EntryEventType.EVICTED));
    }

    @OnEveryServer
    @DisplayName("max idle: an untouched entry expires by itself, and listeners hear EVICTED then EXPIRED")
    void maxIdleExpiry(ServerKind kind) {
        String name = uniqueName();
        IMap<String, String> map = client(kind).getMap(name);
        RecordingMapListener listener = new RecordingMapListener();
        otherClient(kind).getMap(name).addEntryListener(listener, true);

        long putAt = System.currentTimeMillis();
        map.put("k", "v", 0, TimeUnit.SECONDS, 2, TimeUnit.SECONDS);

        // Waiting on the listener, not on reads: a read is an access and would keep the entry alive.
        eventually().untilAsserted(() -> assertThat(listener.events()).containsExactly(
                entry(EntryEventType.ADDED, "k", "v", null),
                entry(EntryEventType.EVICTED, "k", null, "v"),
                entry(EntryEventType.EXPIRED, "k", null, "v")));
        assertThat(System.currentTimeMillis() - putAt).isGreaterThanOrEqualTo(2000 - STORED_PRECISION_MILLIS);
        assertThat(map.get("k")).isNull();
        assertThat(map.size()).isZero();
    }

    @OnEveryServer
    @DisplayName("setTtl on an entry without ttl makes it expire")
    void setTtlExpiry(ServerKind kind) {
        IMap<String, String> map = client(kind).getMap(uniqueName());
        map.put("k", "v");

        assertThat(map.setTtl("k", 1, TimeUnit.SECONDS)).isTrue();

        eventually().until(() -> map.get("k") == null);
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryServer
    @DisplayName("ttl on set, putIfAbsent, putTransient and putAsync expires the entry too")
    void ttlOnOtherWrites(ServerKind kind) throws Exception {
        IMap<String, String> map = client(kind).getMap(uniqueName());

        map.set("set", "v", 1, TimeUnit.SECONDS);
        map.putIfAbsent("putIfAbsent", "v", 1, TimeUnit.SECONDS);
        map.putTransient("putTransient", "v", 1, TimeUnit.SECONDS);
        map.putAsync("putAsync", "v", 1, TimeUnit.SECONDS).get();
        map.put("forever", "v");

        eventually().untilAsserted(() -> {
            assertThat(map.get("set")).isNull();
            assertThat(map.get("putIfAbsent")).isNull();
            assertThat(map.get("putTransient")).isNull();
            assertThat(map.get("putAsync")).isNull();
        });
        assertThat(map.keySet()).containsExactly("forever");
    }
}
