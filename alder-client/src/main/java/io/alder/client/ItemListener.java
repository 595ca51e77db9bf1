package io.alder.client;

/**
 * Hears the items added to and removed from a queue, set or list: one event for every item an operation adds
 * (offer, put, add, addAll, a list's set) or removes (poll, take, remove, drainTo, removeAll, retainAll, clear,
 * a list's set). Callbacks run on an event thread of the client, in the order of the changes, and should not
 * block.
 *
 * @param <E> the item type
 */
public interface ItemListener<E> {

    /** Called for every item added. */
    void itemAdded(ItemEvent<E> event);

    /** Called for every item removed. */
    void itemRemoved(ItemEvent<E> event);
}
