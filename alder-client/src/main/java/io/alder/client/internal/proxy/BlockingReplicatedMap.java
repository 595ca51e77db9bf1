package io.alder.client.internal.proxy;

import io.alder.client.AlderReplicatedMap;
import io.alder.client.AsyncAlderReplicatedMap;
import io.alder.client.DistributedObject;
import io.alder.client.EntryListener;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The blocking view of a replicated map: each method calls the asynchronous proxy and waits for its future (see
 * {@link Blocking}). The {@code Object}-typed parameters that {@link Map} imposes are passed on as keys and
 * values: the proxy serializes whatever it gets. Thread-safe.
 */
public final class BlockingReplicatedMap<K, V> extends BlockingProxy<AsyncAlderReplicatedMap<K, V>>
        implements AlderReplicatedMap<K, V> {

    public BlockingReplicatedMap(AsyncAlderReplicatedMap<K, V> async, Blocking blocking) {
        super(async, blocking, DistributedObject.REPLICATED_MAP_SERVICE);
    }

    @Override
    public V put(K key, V value) {
        return blocking.join(async.put(key, value));
    }

    @Override
    public V put(K key, V value, long ttl, TimeUnit ttlUnit) {
        return blocking.join(async.put(key, value, ttl, ttlUnit));
    }

    @Override
    public V get(Object key) {
        return blocking.join(async.get(key));
    }

    @Override
    public V remove(Object key) {
        return blocking.join(async.remove(key));
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> entries) {
        blocking.join(async.putAll(entries));
    }

    @Override
    public boolean containsKey(Object key) {
        return blocking.join(async.containsKey(key));
    }

    @Override
    public boolean containsValue(Object value) {
        return blocking.join(async.containsValue(value));
    }

    @Override
    public int size() {
        return blocking.join(async.size());
    }

    @Override
    public boolean isEmpty() {
        return blocking.join(async.isEmpty());
    }

    @Override
    public void clear() {
        blocking.join(async.clear());
    }

    @Override
    public Set<K> keySet() {
        return blocking.join(async.keySet());
    }

    @Override
    public Collection<V> values() {
        return blocking.join(async.values());
    }

    @Override
    public Collection<V> values(Comparator<V> comparator) {
        return blocking.join(async.values(comparator));
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return blocking.join(async.entrySet());
    }

    @Override
    public String addEntryListener(EntryListener<K, V> listener) {
        return blocking.join(async.addEntryListener(listener));
    }

    @Override
    public String addEntryListener(EntryListener<K, V> listener, K key) {
        return blocking.join(async.addEntryListener(listener, key));
    }

    @Override
    public boolean removeEntryListener(String registrationId) {
        return blocking.join(async.removeEntryListener(registrationId));
    }

    @Override
    public String toString() {
        return "AlderReplicatedMap{name=" + getName() + "}";
    }
}
