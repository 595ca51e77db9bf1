package io.alder.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A topic listener of either client, remembering the messages it was given in arrival order (each client's
 * listener is made by its {@link ParameterBridge}). On a reliable topic it is a reliable listener with 3.12's
 * defaults for a plain listener (start after the newest message; an exception does not stop it), which
 * tolerates loss only if made {@link #stalling} so; a stalling one blocks in each message until released.
 */
public final class RecordingMessageListener {

    private final List<SeenMessage> messages = new ArrayList<>();
    private final CountDownLatch release;
    private final boolean lossTolerant;

    private RecordingMessageListener(CountDownLatch release, boolean lossTolerant) {
        this.release = release;
        this.lossTolerant = lossTolerant;
    }

    public RecordingMessageListener() {
        this(new CountDownLatch(0), false);
    }

    /**
     * A listener that records a message and then blocks until {@code release} is counted down, so that a
     * reliable topic's ringbuffer can overtake it.
     *
     * @param lossTolerant whether, overtaken, it goes on with the oldest message still there (else it stops)
     */
    static RecordingMessageListener stalling(CountDownLatch release, boolean lossTolerant) {
        return new RecordingMessageListener(release, lossTolerant);
    }

    /** A new listener, registered on {@code topic}. */
    public static RecordingMessageListener addedTo(TopicView<?> topic) {
        RecordingMessageListener listener = new RecordingMessageListener();
        topic.addMessageListener(listener);
        return listener;
    }

    /** Whether a reliable topic may skip messages this listener has not read yet. */
    boolean lossTolerant() {
        return lossTolerant;
    }

    void heard(SeenMessage message) {
        synchronized (this) {
            messages.add(message);
        }
        try {
            release.await(CompatSuite.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A copy of the messages so far, oldest first. */
    public synchronized List<SeenMessage> messages() {
        return List.copyOf(messages);
    }

    /** The payloads so far, oldest first. */
    public synchronized List<Object> payloads() {
        return messages.stream().map(SeenMessage::payload).toList();
    }

    public synchronized int count() {
        return messages.size();
    }
}
