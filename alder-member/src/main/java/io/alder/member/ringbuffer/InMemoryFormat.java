package io.alder.member.ringbuffer;

/**
 * How 3.12 keeps a ringbuffer's items: serialized (BINARY, its default) or as objects (OBJECT). Alder
 * never deserializes user data, so both keep the serialized bytes; the setting is accepted so that a 3.12
 * configuration reads unchanged.
 */
public enum InMemoryFormat {
    BINARY,
    OBJECT
}
