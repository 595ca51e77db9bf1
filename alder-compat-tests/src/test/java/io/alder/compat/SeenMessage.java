package io.alder.compat;

/**
 * One topic message, as a message listener of either client was given it.
 *
 * @param topic the name of the topic it was published on (the message's source)
 * @param publishTime epoch milliseconds
 * @param publishingMemberUuid the member the message names as its publisher; null where it names none
 */
public record SeenMessage(Object payload, String topic, long publishTime, String publishingMemberUuid) {
}
