package io.alder.compat;

/**
 * What every client-neutral view of a structure ({@link MapView}, {@link QueueView}, {@link TopicView},
 * {@link RingbufferView}, {@link SetView}, {@link AtomicLongView}, ...) has besides its API.
 */
public interface ClientView {

    /** The client's own object behind this view, for identity checks. */
    Object backing();
}
