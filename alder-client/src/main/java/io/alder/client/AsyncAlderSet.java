package io.alder.client;

/**
 * The asynchronous view of a distributed set: see {@link AsyncAlderCollection} for its operations and
 * {@link AlderSet} for what a set does.
 *
 * @param <E> the item type
 */
public interface AsyncAlderSet<E> extends AsyncAlderCollection<E> {
}
