package io.alder.client;

/**
 * An attribute of a member was set or removed.
 *
 * @param member the member, with its attributes after the change (as a 3.12 client reports it)
 * @param key the attribute's name
 * @param operation whether it was set or removed
 * @param value the new value, null for a removal
 */
public record MemberAttributeEvent(Member member, String key, Operation operation, String value) {

    /** What happened to the attribute. */
    public enum Operation {
        /** The attribute was set. */
        PUT,
        /** The attribute was removed. */
        REMOVE
    }
}
