package io.alder.member.topic;

import io.alder.serialization.Data;

/**
 * One message as its listeners receive it, with the fields of 3.12's TOPIC event.
 *
 * @param item the published message, opaque
 * @param publishTime epoch milliseconds on this member when it was published
 * @param memberUuid the uuid of the member it was published on (this one)
 */
public record TopicMessage(Data item, long publishTime, String memberUuid) {
}
