package io.alder.member.item;

/** A service whose structures report the items added to and removed from them: queues, sets and lists. */
public interface ItemEventSource {

    /**
     * Registers an item listener on the structure {@code name}, whichever partition it lives in.
     *
     * @param includeValue whether events carry the item
     * @return the registration id
     */
    String addItemListener(String name, boolean includeValue, ItemEventListener listener);

    /** Ends a registration; false if the id is unknown. */
    boolean removeItemListener(String name, String registrationId);
}
