package io.alder.compat;

import com.hazelcast.core.Message;
import com.hazelcast.core.MessageListener;
import java.util.ArrayList;
import java.util.List;

/** A topic listener that remembers the messages it was given, in arrival order. */
public final class RecordingMessageListener implements MessageListener<Object> {

    private final List<Message<Object>> messages = new ArrayList<>();

    @Override
    public synchronized void onMessage(Message<Object> message) {
        messages.add(message);
    }

    /** A copy of the messages so far, oldest first. */
    public synchronized List<Message<Object>> messages() {
        return List.copyOf(messages);
    }

    /** The payloads so far, oldest first. */
    public synchronized List<Object> payloads() {
        return messages.stream().map(Message::getMessageObject).toList();
    }

    public synchronized int count() {
        return messages.size();
    }
}
