package io.alder.compat;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One multimap as either Java client sees it, so that each scenario is written once and runs with both. Every
 * method stands for the method of the same name and parameters of 3.12's {@code MultiMap} and of Alder's
 * {@code AlderMultiMap}, and behaves as they do; {@link ClientViews} forwards the calls. Where the two APIs
 * differ, the view has one form for both:
 * <ul>
 *   <li>entry listeners are {@link RecordingListener}s;</li>
 *   <li>the key locks are those of {@link KeyLockView};</li>
 *   <li>the {@code xAsync} methods, which only Alder's client has, return what Alder's
 *       {@code multiMap.async().x} returns.</li>
 * </ul>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface MultiMapView<K, V> extends KeyLockView<K>, ClientView {

    String getName();

    boolean put(K key, V value);

    Collection<V> get(K key);

    boolean remove(Object key, Object value);

    Collection<V> remove(Object key);

    void delete(Object key);

    Set<K> keySet();

    Collection<V> values();

    Set<Map.Entry<K, V>> entrySet();

    boolean containsKey(K key);

    boolean containsValue(Object value);

    boolean containsEntry(K key, V value);

    int size();

    void clear();

    int valueCount(K key);

    String addEntryListener(RecordingListener listener, boolean includeValue);

    String addEntryListener(RecordingListener listener, K key, boolean includeValue);

    boolean removeEntryListener(String registrationId);

    void destroy();

    /** Alder only. */
    CompletableFuture<Boolean> putAsync(K key, V value);

    /** Alder only. */
    CompletableFuture<Collection<V>> getAsync(K key);

    /** Alder only. */
    CompletableFuture<Collection<V>> removeAsync(Object key);

    /** Alder only. */
    CompletableFuture<Void> lockAsync(K key);

    /** Alder only. */
    CompletableFuture<Boolean> tryLockAsync(K key, long time, TimeUnit timeUnit);

    /** Alder only. */
    CompletableFuture<Void> unlockAsync(K key);

    /** Alder only. */
    CompletableFuture<Integer> sizeAsync();
}
