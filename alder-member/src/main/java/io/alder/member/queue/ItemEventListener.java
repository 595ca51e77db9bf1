package io.alder.member.queue;

/**
 * Receives the item events of one listener registration. It is called on the thread that changed the
 * queue, in the order of the changes, while the queue's partition is locked: it must be quick and must
 * never block (an endpoint just writes a frame).
 */
@FunctionalInterface
public interface ItemEventListener {

    void onEvent(QueueItemEvent event);
}
