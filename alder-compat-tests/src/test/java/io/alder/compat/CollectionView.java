package io.alder.compat;

import java.util.Collection;

/**
 * What the views of sets and lists ({@link SetView}, {@link ListView}) share beyond {@link Collection}: the
 * methods of 3.12's {@code ICollection} and Alder's {@code AlderCollection}, with item listeners that are
 * {@link RecordingItemListener}s.
 *
 * @param <E> the item type
 */
public interface CollectionView<E> extends Collection<E>, ClientView {

    String getName();

    String addItemListener(RecordingItemListener listener, boolean includeValue);

    boolean removeItemListener(String registrationId);

    void destroy();
}
