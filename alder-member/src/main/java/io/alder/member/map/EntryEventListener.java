package io.alder.member.map;

/**
 * Receives the entry events of one listener registration. It is called on the thread that made the
 * change, in the order changes happen within a partition, possibly while the partition is locked: it
 * must be quick and must never block (an endpoint just writes a frame).
 */
@FunctionalInterface
public interface EntryEventListener {

    void onEvent(MapEntryEvent event);
}
