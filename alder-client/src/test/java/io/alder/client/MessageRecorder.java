package io.alder.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A topic listener that remembers the messages it was given, in arrival order. Publishers send texts
 * {@code "<publisher>:<n>"}, numbered from 0 per publisher, so that {@link #assertEachPublisherComplete}
 * can tell a lost, repeated or reordered message from another publisher's.
 */
final class MessageRecorder implements MessageListener<Object> {

    private final List<Message<Object>> messages = new ArrayList<>();

    /** The text of message {@code n} of {@code publisher}. */
    static String text(String publisher, int n) {
        return publisher + ":" + n;
    }

    @Override
    public synchronized void onMessage(Message<Object> message) {
        messages.add(message);
    }

    synchronized List<Message<Object>> messages() {
        return List.copyOf(messages);
    }

    synchronized List<Object> payloads() {
        return messages.stream().map(Message::getMessageObject).toList();
    }

    synchronized int count() {
        return messages.size();
    }

    /** Every publisher's messages arrived once, in the order it published them, and nothing else did. */
    void assertEachPublisherComplete(List<String> publishers, int perPublisher) {
        assertEachPublisherComplete(payloads(), publishers, perPublisher);
    }

    /** Like {@link #assertEachPublisherComplete(List, int)}, for payloads another listener received. */
    static void assertEachPublisherComplete(List<?> payloads, List<String> publishers, int perPublisher) {
        assertThat(payloads).hasSize(publishers.size() * perPublisher).doesNotHaveDuplicates();
        Map<String, Integer> next = new HashMap<>();
        for (Object payload : payloads) {
            String[] parts = ((String) payload).split(":", 2);
            assertThat(publishers).as("publisher of %s", payload).contains(parts[0]);
            int expected = next.getOrDefault(parts[0], 0);
            assertThat(Integer.parseInt(parts[1])).as("%s in publish order", payload).isEqualTo(expected);
            next.put(parts[0], expected + 1);
        }
    }
}
