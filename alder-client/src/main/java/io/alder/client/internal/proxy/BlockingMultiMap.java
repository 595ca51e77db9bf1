package io.alder.client.internal.proxy;

import io.alder.client.AlderMultiMap;
import io.alder.client.AsyncAlderMultiMap;
import io.alder.client.DistributedObject;
import io.alder.client.EntryListener;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The blocking view of a multimap: each method calls the asynchronous proxy and waits for its future (see
 * {@link Blocking}); {@code lock} as long as the member holds it, {@code tryLock} its timeout more. Thread-safe.
 */
public final class BlockingMultiMap<K, V> extends BlockingLockableProxy<AsyncAlderMultiMap<K, V>, K>
        implements AlderMultiMap<K, V> {

    public BlockingMultiMap(AsyncAlderMultiMap<K, V> async, Blocking blocking) {
        super(async, blocking, DistributedObject.MULTI_MAP_SERVICE);
    }

    @Override
    public boolean put(K key, V value) {
        return blocking.join(async.put(key, value));
    }

    @Override
    public Collection<V> get(K key) {
        return blocking.join(async.get(key));
    }

    @Override
    public boolean remove(Object key, Object value) {
        return blocking.join(async.remove(key, value));
    }

    @Override
    public Collection<V> remove(Object key) {
        return blocking.join(async.remove(key));
    }

    @Override
    public void delete(Object key) {
        blocking.join(async.delete(key));
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
    public boolean containsKey(K key) {
        return blocking.join(async.containsKey(key));
    }

    @Override
    public boolean containsValue(Object value) {
        return blocking.join(async.containsValue(value));
    }

    @Override
    public boolean containsEntry(K key, V value) {
        return blocking.join(async.containsEntry(key, value));
    }

    @Override
    public int size() {
        return blocking.join(async.size());
    }

    @Override
    public void clear() {
        blocking.join(async.clear());
    }

    @Override
    public int valueCount(K key) {
        return blocking.join(async.valueCount(key));
    }

    @Override
    public String addEntryListener(EntryListener<K, V> listener, boolean includeValue) {
        return blocking.join(async.addEntryListener(listener, includeValue));
    }

    @Override
    public String addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue) {
        return blocking.join(async.addEntryListener(listener, key, includeValue));
    }

    @Override
    public boolean removeEntryListener(String registrationId) {
        return blocking.join(async.removeEntryListener(registrationId));
    }

    @Override
    public String toString() {
        return "AlderMultiMap{name=" + getName() + "}";
    }
}
