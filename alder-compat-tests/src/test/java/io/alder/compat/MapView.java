package io.alder.compat;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One map as either Java client sees it, so that each scenario is written once and runs with both. Every
 * method stands for the method of the same name and parameters of 3.12's {@code IMap} and of Alder's
 * {@code AlderMap}, and behaves as they do; {@link ClientViews} forwards the calls. Where the two APIs differ, the
 * view has one form for both:
 * <ul>
 *   <li>entry views are {@link SeenEntryView}s;</li>
 *   <li>the key locks are those of {@link KeyLockView};</li>
 *   <li>listeners are {@link RecordingListener}s;</li>
 *   <li>{@code xAsync} methods return a CompletableFuture: 3.12's {@code IMap.xAsync}, Alder's
 *       {@code map.async().x}. The ones marked "Alder only" have no 3.12 counterpart.</li>
 * </ul>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface MapView<K, V> extends KeyLockView<K>, ClientView {

    String getName();

    V get(Object key);

    V put(K key, V value);

    V put(K key, V value, long ttl, TimeUnit ttlUnit);

    V put(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    void set(K key, V value);

    void set(K key, V value, long ttl, TimeUnit ttlUnit);

    void set(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    V putIfAbsent(K key, V value);

    V putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit);

    V putIfAbsent(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    void putTransient(K key, V value, long ttl, TimeUnit ttlUnit);

    void putTransient(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    boolean tryPut(K key, V value, long timeout, TimeUnit timeoutUnit);

    V remove(Object key);

    boolean remove(Object key, Object value);

    void delete(Object key);

    boolean tryRemove(K key, long timeout, TimeUnit timeoutUnit);

    V replace(K key, V value);

    boolean replace(K key, V oldValue, V newValue);

    boolean containsKey(Object key);

    boolean containsValue(Object value);

    void putAll(Map<? extends K, ? extends V> entries);

    Map<K, V> getAll(Set<K> keys);

    int size();

    boolean isEmpty();

    void clear();

    Set<K> keySet();

    Collection<V> values();

    Set<Map.Entry<K, V>> entrySet();

    V getOrDefault(Object key, V defaultValue);

    V computeIfAbsent(K key, Function<? super K, ? extends V> mapping);

    V compute(K key, BiFunction<? super K, ? super V, ? extends V> remapping);

    V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping);

    boolean evict(K key);

    void evictAll();

    void flush();

    void loadAll(boolean replaceExistingValues);

    void loadAll(Set<K> keys, boolean replaceExistingValues);

    SeenEntryView<K, V> getEntryView(K key);

    boolean setTtl(K key, long ttl, TimeUnit ttlUnit);

    String addEntryListener(RecordingListener listener, boolean includeValue);

    String addEntryListener(RecordingListener listener, K key, boolean includeValue);

    boolean removeEntryListener(String registrationId);

    void destroy();

    CompletableFuture<V> getAsync(K key);

    CompletableFuture<V> putAsync(K key, V value);

    CompletableFuture<V> putAsync(K key, V value, long ttl, TimeUnit ttlUnit);

    CompletableFuture<V> putAsync(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    CompletableFuture<Void> setAsync(K key, V value);

    CompletableFuture<Void> setAsync(K key, V value, long ttl, TimeUnit ttlUnit);

    CompletableFuture<Void> setAsync(K key, V value, long ttl, TimeUnit ttlUnit, long maxIdle, TimeUnit maxIdleUnit);

    CompletableFuture<V> removeAsync(K key);

    /** Alder only. */
    CompletableFuture<Map<K, V>> getAllAsync(Set<K> keys);

    /** Alder only. */
    CompletableFuture<Void> lockAsync(K key);

    /** Alder only. */
    CompletableFuture<Void> unlockAsync(K key);
}
