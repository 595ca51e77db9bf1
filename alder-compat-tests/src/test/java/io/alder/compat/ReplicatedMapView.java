package io.alder.compat;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One replicated map as either Java client sees it, so that each scenario is written once and runs with both.
 * 3.12's {@code ReplicatedMap} and Alder's {@code AlderReplicatedMap} are both {@link Map}s, and so is this view:
 * every method stands for the method of the same name and parameters of the client's replicated map, and
 * behaves as it does; {@link ClientViews} forwards the calls. Beyond Map:
 * <ul>
 *   <li>entry listeners are {@link RecordingListener}s;</li>
 *   <li>the {@code xAsync} methods, which only Alder's client has, return what Alder's
 *       {@code replicatedMap.async().x} returns.</li>
 * </ul>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface ReplicatedMapView<K, V> extends Map<K, V>, ClientView {

    String getName();

    V put(K key, V value, long ttl, TimeUnit ttlUnit);

    Collection<V> values(Comparator<V> comparator);

    String addEntryListener(RecordingListener listener);

    String addEntryListener(RecordingListener listener, K key);

    boolean removeEntryListener(String registrationId);

    void destroy();

    /** Alder only. */
    CompletableFuture<V> putAsync(K key, V value);

    /** Alder only. */
    CompletableFuture<V> getAsync(Object key);

    /** Alder only. */
    CompletableFuture<Integer> sizeAsync();

    /** Alder only. */
    CompletableFuture<Void> clearAsync();
}
