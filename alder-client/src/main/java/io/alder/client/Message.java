package io.alder.client;

/**
 * One message of a topic, as a listener receives it (3.12's {@code Message}).
 *
 * @param <E> the message type
 */
public final class Message<E> {

    private final String source;
    private final E messageObject;
    private final long publishTime;
    private final Member publishingMember;

    /**
     * @param source the topic's name
     * @param publishTime epoch milliseconds when it was published
     * @param publishingMember the member it was published on, or null when unknown
     */
    public Message(String source, E messageObject, long publishTime, Member publishingMember) {
        this.source = source;
        this.messageObject = messageObject;
        this.publishTime = publishTime;
        this.publishingMember = publishingMember;
    }

    /** The name of the topic it was published on. */
    public String getSource() {
        return source;
    }

    /** The published object. */
    public E getMessageObject() {
        return messageObject;
    }

    /**
     * Epoch milliseconds when it was published: on the member for a topic, on the publishing client for
     * a reliable topic.
     */
    public long getPublishTime() {
        return publishTime;
    }

    /**
     * The member it was published on (a topic), or the member a reliable topic's publisher named; null
     * when the publisher named none (3.12 Java clients do not) or the member is not in the cluster.
     */
    public Member getPublishingMember() {
        return publishingMember;
    }

    @Override
    public String toString() {
        return "Message{topic=" + source + ", object=" + messageObject + ", publishTime=" + publishTime
                + ", member=" + publishingMember + "}";
    }
}
