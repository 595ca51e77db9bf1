package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.hazelcast.core.EntryView;
import com.hazelcast.core.IMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/** Every IMap operation with the result a 3.12 member gives. */
class MapOperationsIT extends CompatSuite {

    private IMap<String, String> map(Target target) {
        return client(target).getMap(uniqueName());
    }

    @OnEveryServerAndRouting
    @DisplayName("put returns the previous value, get reads the current one, a missing key reads null")
    void putAndGet(Target target) {
        IMap<String, String> map = map(target);

        assertThat(map.put("k", "v1")).isNull();
        assertThat(map.put("k", "v2")).isEqualTo("v1");
        assertThat(map.get("k")).isEqualTo("v2");
        assertThat(map.get("missing")).isNull();
    }

    @OnEveryServerAndRouting
    @DisplayName("set stores without returning the previous value")
    void set(Target target) {
        IMap<String, String> map = map(target);

        map.set("k", "v1");
        map.set("k", "v2");

        assertThat(map.get("k")).isEqualTo("v2");
        assertThat(map.size()).isEqualTo(1);
    }

    @OnEveryServerAndRouting
    @DisplayName("remove returns the removed value, then null; delete removes silently")
    void removeAndDelete(Target target) {
        IMap<String, String> map = map(target);
        map.put("a", "1");
        map.put("b", "2");

        assertThat(map.remove("a")).isEqualTo("1");
        assertThat(map.remove("a")).isNull();
        map.delete("b");
        map.delete("missing");

        assertThat(map.containsKey("a")).isFalse();
        assertThat(map.containsKey("b")).isFalse();
        assertThat(map.isEmpty()).isTrue();
    }

    @OnEveryServerAndRouting
    @DisplayName("remove(key, value) removes only on a matching value")
    void removeIfSame(Target target) {
        IMap<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.remove("k", "other")).isFalse();
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.remove("missing", "v")).isFalse();
        assertThat(map.remove("k", "v")).isTrue();
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("replace changes present keys only and returns the old value")
    void replace(Target target) {
        IMap<String, String> map = map(target);
        map.put("k", "v1");

        assertThat(map.replace("missing", "v")).isNull();
        assertThat(map.containsKey("missing")).isFalse();
        assertThat(map.replace("k", "v2")).isEqualTo("v1");
        assertThat(map.get("k")).isEqualTo("v2");
    }

    @OnEveryServerAndRouting
    @DisplayName("replace(key, old, new) changes the value only when old matches")
    void replaceIfSame(Target target) {
        IMap<String, String> map = map(target);
        map.put("k", "v1");

        assertThat(map.replace("k", "other", "v2")).isFalse();
        assertThat(map.get("k")).isEqualTo("v1");
        assertThat(map.replace("missing", "v1", "v2")).isFalse();
        assertThat(map.replace("k", "v1", "v2")).isTrue();
        assertThat(map.get("k")).isEqualTo("v2");
    }

    @OnEveryServerAndRouting
    @DisplayName("containsKey and containsValue")
    void containsKeyAndValue(Target target) {
        IMap<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.containsKey("k")).isTrue();
        assertThat(map.containsKey("v")).isFalse();
        assertThat(map.containsValue("v")).isTrue();
        assertThat(map.containsValue("k")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("putIfAbsent stores only when absent and returns the existing value otherwise")
    void putIfAbsent(Target target) {
        IMap<String, String> map = map(target);

        assertThat(map.putIfAbsent("k", "v1")).isNull();
        assertThat(map.putIfAbsent("k", "v2")).isEqualTo("v1");
        assertThat(map.get("k")).isEqualTo("v1");
    }

    @OnEveryServerAndRouting
    @DisplayName("putTransient stores like put (no map store here)")
    void putTransient(Target target) {
        IMap<String, String> map = map(target);

        map.putTransient("k", "v", 0, TimeUnit.SECONDS);

        assertThat(map.get("k")).isEqualTo("v");
    }

    @OnEveryServerAndRouting
    @DisplayName("tryPut and tryRemove succeed at once on unlocked keys; tryRemove of a missing key is false")
    void tryPutAndTryRemoveUnlocked(Target target) {
        IMap<String, String> map = map(target);

        assertThat(map.tryPut("k", "v", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.tryRemove("missing", 1, TimeUnit.SECONDS)).isFalse();
        assertThat(map.tryRemove("k", 1, TimeUnit.SECONDS)).isTrue();
        assertThat(map.containsKey("k")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("tryPut and tryRemove give up with false after their timeout on a key another client locked")
    void tryPutAndTryRemoveOnKeyLockedByAnotherClient(Target target) {
        String name = uniqueName();
        IMap<String, String> map = client(target).getMap(name);
        IMap<String, String> holder = otherClient(target.server()).getMap(name);
        map.put("k", "v");
        holder.lock("k");

        long start = System.nanoTime();
        assertThat(map.tryPut("k", "w", 300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(map.tryRemove("k", 300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(600);
        assertThat(map.get("k")).isEqualTo("v");

        holder.unlock("k");
        assertThat(map.tryPut("k", "w", 300, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(map.get("k")).isEqualTo("w");
    }

    @OnEveryServerAndRouting
    @DisplayName("putAll stores every entry; getAll returns exactly the present ones")
    void putAllAndGetAll(Target target) {
        IMap<String, String> map = map(target);
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("key-" + i, "value-" + i);
        }

        map.putAll(entries);

        Set<String> wanted = new HashSet<>(entries.keySet());
        wanted.add("missing");
        assertThat(map.getAll(wanted)).containsExactlyInAnyOrderEntriesOf(entries);
        assertThat(map.getAll(Set.of("missing"))).isEmpty();
        assertThat(map.size()).isEqualTo(20);
    }

    @OnEveryServerAndRouting
    @DisplayName("size, isEmpty and clear")
    void sizeIsEmptyAndClear(Target target) {
        IMap<String, String> map = map(target);
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.size()).isZero();

        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "3");
        assertThat(map.isEmpty()).isFalse();
        assertThat(map.size()).isEqualTo(3);

        map.clear();
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.size()).isZero();
        assertThat(map.get("a")).isNull();
    }

    @OnEveryServerAndRouting
    @DisplayName("keySet, values and entrySet")
    void keySetValuesAndEntrySet(Target target) {
        IMap<String, String> map = map(target);
        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "2");

        assertThat(map.keySet()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(map.values()).containsExactlyInAnyOrder("1", "2", "2");
        assertThat(map.entrySet()).containsExactlyInAnyOrder(entry("a", "1"), entry("b", "2"), entry("c", "2"));
    }

    @OnEveryServerAndRouting
    @DisplayName("evict removes a present key (true) and reports a missing one (false); evictAll empties the map")
    void evictAndEvictAll(Target target) {
        IMap<String, String> map = map(target);
        map.put("a", "1");
        map.put("b", "2");
        map.put("c", "3");

        assertThat(map.evict("a")).isTrue();
        assertThat(map.evict("a")).isFalse();
        assertThat(map.containsKey("a")).isFalse();
        assertThat(map.size()).isEqualTo(2);

        map.evictAll();
        assertThat(map.size()).isZero();
    }

    @OnEveryServerAndRouting
    @DisplayName("flush without a map store keeps the data; loadAll without one is IllegalArgumentException")
    void flushAndLoadAllWithoutMapStore(Target target) {
        IMap<String, String> map = map(target);
        map.put("k", "v");

        map.flush();
        assertThat(map.get("k")).isEqualTo("v");

        assertThatThrownBy(() -> map.loadAll(true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("First you should configure a map store");
        assertThatThrownBy(() -> map.loadAll(false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("First you should configure a map store");
        assertThat(map.get("k")).isEqualTo("v");
    }

    @OnEveryServerAndRouting
    @DisplayName("getEntryView: times, hits, version, ttl, maxIdle and expiration as 3.12 reports them")
    void entryView(Target target) {
        IMap<String, String> map = map(target);
        assertThat(map.getEntryView("missing")).isNull();

        long beforePut = System.currentTimeMillis();
        map.put("k", "v1");
        long afterPut = System.currentTimeMillis();
        EntryView<String, String> created = map.getEntryView("k");
        assertThat(created.getKey()).isEqualTo("k");
        assertThat(created.getValue()).isEqualTo("v1");
        assertThat(created.getCreationTime()).satisfies(time -> assertWithinStoredPrecision(time, beforePut, afterPut));
        assertThat(created.getLastUpdateTime()).isEqualTo(created.getCreationTime());
        assertThat(created.getLastAccessTime()).isZero();
        assertThat(created.getLastStoredTime()).isZero();
        assertThat(created.getHits()).isZero();
        assertThat(created.getVersion()).isZero();
        assertThat(created.getCost()).isPositive();
        assertThat(created.getTtl()).isEqualTo(Long.MAX_VALUE);
        assertThat(created.getMaxIdle()).isEqualTo(Long.MAX_VALUE);
        assertThat(created.getExpirationTime()).isEqualTo(Long.MAX_VALUE);

        long beforeReads = System.currentTimeMillis();
        map.get("k");
        map.get("k");
        EntryView<String, String> read = map.getEntryView("k");
        assertThat(read.getHits()).as("getEntryView itself is no hit").isEqualTo(2);
        assertThat(read.getVersion()).isZero();
        assertThat(read.getLastAccessTime())
                .satisfies(time -> assertWithinStoredPrecision(time, beforeReads, System.currentTimeMillis()));

        long beforeUpdate = System.currentTimeMillis();
        map.put("k", "v2");
        long afterUpdate = System.currentTimeMillis();
        EntryView<String, String> updated = map.getEntryView("k");
        assertThat(updated.getValue()).isEqualTo("v2");
        assertThat(updated.getHits()).as("an update counts as a hit").isEqualTo(3);
        assertThat(updated.getVersion()).isEqualTo(1);
        assertThat(updated.getCreationTime()).isEqualTo(created.getCreationTime());
        assertThat(updated.getLastUpdateTime())
                .satisfies(time -> assertWithinStoredPrecision(time, beforeUpdate, afterUpdate));
    }

    /** 3.12 keeps entry times in whole seconds counted from a base time, so a time may lag by < 1 s. */
    private static void assertWithinStoredPrecision(long time, long notBefore, long notAfter) {
        assertThat(time).isBetween(notBefore - 1000, notAfter);
    }

    @OnEveryServerAndRouting
    @DisplayName("every put flavour stores its ttl and maxIdle, as the entry view shows")
    void putFlavoursStoreTtlAndMaxIdle(Target target) {
        IMap<String, String> map = map(target);
        TimeUnit s = TimeUnit.SECONDS;

        map.put("put", "v", 60, s);
        map.put("put-idle", "v", 60, s, 30, s);
        map.set("set", "v", 61, s);
        map.set("set-idle", "v", 0, s, 31, s);
        map.putIfAbsent("putIfAbsent", "v", 62, s);
        map.putIfAbsent("putIfAbsent-idle", "v", 62, s, 32, s);
        map.putTransient("putTransient", "v", 63, s);
        map.putTransient("putTransient-idle", "v", 63, s, 33, s);

        assertTtlAndMaxIdle(map, "put", 60_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "put-idle", 60_000, 30_000);
        assertTtlAndMaxIdle(map, "set", 61_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "set-idle", Long.MAX_VALUE, 31_000);
        assertTtlAndMaxIdle(map, "putIfAbsent", 62_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "putIfAbsent-idle", 62_000, 32_000);
        assertTtlAndMaxIdle(map, "putTransient", 63_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "putTransient-idle", 63_000, 33_000);
    }

    private static void assertTtlAndMaxIdle(IMap<String, String> map, String key, long ttl, long maxIdle) {
        EntryView<String, String> view = map.getEntryView(key);
        assertThat(view.getValue()).as(key).isEqualTo("v");
        assertThat(view.getTtl()).as(key + " ttl").isEqualTo(ttl);
        assertThat(view.getMaxIdle()).as(key + " maxIdle").isEqualTo(maxIdle);
        long byTtl = ttl == Long.MAX_VALUE ? Long.MAX_VALUE : view.getLastUpdateTime() + ttl;
        long byIdle = maxIdle == Long.MAX_VALUE ? Long.MAX_VALUE : view.getCreationTime() + maxIdle;
        assertThat(view.getExpirationTime()).as(key + " expiration").isEqualTo(Math.min(byTtl, byIdle));
    }

    @OnEveryServerAndRouting
    @DisplayName("setTtl changes the ttl of a present key (true) and reports a missing key (false)")
    void setTtl(Target target) {
        IMap<String, String> map = map(target);
        map.put("k", "v");

        assertThat(map.setTtl("k", 100, TimeUnit.SECONDS)).isTrue();
        assertThat(map.setTtl("missing", 100, TimeUnit.SECONDS)).isFalse();

        EntryView<String, String> view = map.getEntryView("k");
        assertThat(view.getTtl()).isEqualTo(100_000);
        assertThat(view.getExpirationTime()).isEqualTo(view.getLastUpdateTime() + 100_000);
        assertThat(map.containsKey("missing")).isFalse();
    }

    @OnEveryServerAndRouting
    @DisplayName("async variants: putAsync, getAsync, setAsync, removeAsync, with and without ttl")
    void asyncVariants(Target target) throws Exception {
        IMap<String, String> map = map(target);

        assertThat(map.putAsync("k", "v1").get()).isNull();
        assertThat(map.putAsync("k", "v2").get()).isEqualTo("v1");
        assertThat(map.getAsync("k").get()).isEqualTo("v2");
        assertThat(map.getAsync("missing").get()).isNull();
        assertThat(map.setAsync("k", "v3").get()).isNull();
        assertThat(map.getAsync("k").get()).isEqualTo("v3");
        assertThat(map.removeAsync("k").get()).isEqualTo("v3");
        assertThat(map.removeAsync("k").get()).isNull();

        assertThat(map.putAsync("ttl", "v", 60, TimeUnit.SECONDS).get()).isNull();
        assertThat(map.putAsync("idle", "v", 60, TimeUnit.SECONDS, 30, TimeUnit.SECONDS).get()).isNull();
        map.setAsync("set-ttl", "v", 61, TimeUnit.SECONDS).get();
        map.setAsync("set-idle", "v", 61, TimeUnit.SECONDS, 31, TimeUnit.SECONDS).get();
        assertTtlAndMaxIdle(map, "ttl", 60_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "idle", 60_000, 30_000);
        assertTtlAndMaxIdle(map, "set-ttl", 61_000, Long.MAX_VALUE);
        assertTtlAndMaxIdle(map, "set-idle", 61_000, 31_000);
    }
}
