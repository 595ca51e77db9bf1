package io.alder.client;

/** A reliable topic with the {@link TopicOverloadPolicy#ERROR} policy had no room for a message. */
public class TopicOverloadException extends AlderClientException {

    public TopicOverloadException(String message) {
        super(message);
    }
}
