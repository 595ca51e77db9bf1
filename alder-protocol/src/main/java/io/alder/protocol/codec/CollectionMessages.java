package io.alder.protocol.codec;

import io.alder.protocol.MessageType;

/**
 * The message types of the 13 operations sets and lists share, in one of the two families:
 * {@link SetCodec#MESSAGES} or {@link ListCodec#MESSAGES}. Both sides of the protocol serve and send either
 * family through one of these.
 *
 * @param requests the family's codecs
 */
public record CollectionMessages(RequestFamily requests, MessageType size, MessageType contains,
        MessageType containsAll, MessageType add, MessageType remove, MessageType addAll,
        MessageType compareAndRemoveAll, MessageType compareAndRetainAll, MessageType clear, MessageType getAll,
        MessageType addListener, MessageType removeListener, MessageType isEmpty) {
}
