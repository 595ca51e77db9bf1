package io.alder.client.internal.proxy;

import io.alder.client.AlderMap;
import io.alder.client.AsyncAlderMap;
import io.alder.client.DistributedObject;
import io.alder.client.EntryView;
import io.alder.client.MapListener;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The blocking view of a map: each method calls the asynchronous proxy and waits for its stage (see
 * {@link Blocking}). The {@code Object}-typed parameters that {@link Map} imposes are passed on as keys and
 * values: the proxy serializes whatever it gets. Thread-safe.
 */
public final class BlockingMap<K, V> extends BlockingLockableProxy<AsyncAlderMap<K, V>, K>
        implements AlderMap<K, V> {

    public BlockingMap(AsyncAlderMap<K, V> async, Blocking blocking) {
        super(async, blocking, DistributedObject.MAP_SERVICE);
    }

    @Override
    public V get(Object key) {
        return blocking.join(async.get(asKey(key)));
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
    public V put(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit) {
        return blocking.join(async.put(key, value, ttl, ttlUnit, maxIdle, maxIdleUnit));
    }

    @Override
    public void set(K key, V value) {
        blocking.join(async.set(key, value));
    }

    @Override
    public void set(K key, V value, long ttl, TimeUnit ttlUnit) {
        blocking.join(async.set(key, value, ttl, ttlUnit));
    }

    @Override
    public void set(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit) {
        blocking.join(async.set(key, value, ttl, ttlUnit, maxIdle, maxIdleUnit));
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return blocking.join(async.putIfAbsent(key, value));
    }

    @Override
    public V putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit) {
        return blocking.join(async.putIfAbsent(key, value, ttl, ttlUnit));
    }

    @Override
    public V putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit) {
        return blocking.join(async.putIfAbsent(key, value, ttl, ttlUnit, maxIdle, maxIdleUnit));
    }

    @Override
    public void putTransient(K key, V value, long ttl, TimeUnit ttlUnit) {
        blocking.join(async.putTransient(key, value, ttl, ttlUnit));
    }

    @Override
    public void putTransient(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit) {
        blocking.join(async.putTransient(key, value, ttl, ttlUnit, maxIdle, maxIdleUnit));
    }

    @Override
    public boolean tryPut(K key, V value, long timeout, TimeUnit timeoutUnit) {
        return blocking.joinWaiting(async.tryPut(key, value, timeout, timeoutUnit),
                Durations.waitTime(timeout, timeoutUnit));
    }

    @Override
    public V remove(Object key) {
        return blocking.join(async.remove(asKey(key)));
    }

    @Override
    public boolean remove(Object key, Object value) {
        return blocking.join(async.remove(asKey(key), asValue(value)));
    }

    @Override
    public void delete(Object key) {
        blocking.join(async.delete(asKey(key)));
    }

    @Override
    public boolean tryRemove(K key, long timeout, TimeUnit timeoutUnit) {
        return blocking.joinWaiting(async.tryRemove(key, timeout, timeoutUnit),
                Durations.waitTime(timeout, timeoutUnit));
    }

    @Override
    public V replace(K key, V value) {
        return blocking.join(async.replace(key, value));
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return blocking.join(async.replace(key, oldValue, newValue));
    }

    @Override
    public boolean containsKey(Object key) {
        return blocking.join(async.containsKey(asKey(key)));
    }

    @Override
    public boolean containsValue(Object value) {
        return blocking.join(async.containsValue(asValue(value)));
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> entries) {
        blocking.join(async.putAll(entries));
    }

    @Override
    public Map<K, V> getAll(Set<K> keys) {
        return blocking.join(async.getAll(keys));
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
    public Set<Map.Entry<K, V>> entrySet() {
        return blocking.join(async.entrySet());
    }

    @Override
    public boolean evict(K key) {
        return blocking.join(async.evict(key));
    }

    @Override
    public void evictAll() {
        blocking.join(async.evictAll());
    }

    @Override
    public void flush() {
        blocking.join(async.flush());
    }

    @Override
    public void loadAll(boolean replaceExistingValues) {
        blocking.join(async.loadAll(replaceExistingValues));
    }

    @Override
    public void loadAll(Set<K> keys, boolean replaceExistingValues) {
        blocking.join(async.loadAll(keys, replaceExistingValues));
    }

    @Override
    public EntryView<K, V> getEntryView(K key) {
        return blocking.join(async.getEntryView(key));
    }

    @Override
    public boolean setTtl(K key, long ttl, TimeUnit ttlUnit) {
        return blocking.join(async.setTtl(key, ttl, ttlUnit));
    }

    @Override
    public String addEntryListener(MapListener<K, V> listener, boolean includeValue) {
        return blocking.join(async.addEntryListener(listener, includeValue));
    }

    @Override
    public String addEntryListener(MapListener<K, V> listener, K key, boolean includeValue) {
        return blocking.join(async.addEntryListener(listener, key, includeValue));
    }

    @Override
    public boolean removeEntryListener(String registrationId) {
        return blocking.join(async.removeEntryListener(registrationId));
    }

    @Override
    public String toString() {
        return "AlderMap{name=" + getName() + "}";
    }

    /** A key of any type: the proxy serializes it, and a key of another type simply has no entry. */
    @SuppressWarnings("unchecked")
    private K asKey(Object key) {
        return (K) key;
    }

    @SuppressWarnings("unchecked")
    private V asValue(Object value) {
        return (V) value;
    }
}
