package io.alder.member.item;

/**
 * Receives the item events of one listener registration. It is called on the thread that changed the
 * structure, in the order of the changes, while the structure's partition is locked: it must be quick and
 * must never block (an endpoint just writes a frame).
 */
@FunctionalInterface
public interface ItemEventListener {

    void onEvent(ItemEvent event);
}
