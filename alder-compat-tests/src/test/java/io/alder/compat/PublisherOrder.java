package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what several publishers (or writers) sent, as one receiver saw it: the suites send texts
 * {@code "<publisher>:<n>"}, numbered from 0 per publisher, so that a lost, repeated or reordered message
 * can be told from another publisher's.
 */
public final class PublisherOrder {

    private PublisherOrder() {
    }

    /** The text of message {@code n} of {@code publisher}. */
    public static String text(String publisher, int n) {
        return publisher + ":" + n;
    }

    /**
     * Every publisher's messages arrived exactly once and in the order it sent them, and nothing else did.
     *
     * @param received the texts in arrival order
     * @param perPublisher how many messages each publisher sent
     */
    public static void assertEachPublisherComplete(List<?> received, List<String> publishers, int perPublisher) {
        assertThat(received).as("messages received").hasSize(publishers.size() * perPublisher).doesNotHaveDuplicates();
        Map<String, Integer> next = new HashMap<>();
        for (Object message : received) {
            String[] parts = ((String) message).split(":", 2);
            assertThat(publishers).as("publisher of %s", message).contains(parts[0]);
            int expected = next.getOrDefault(parts[0], 0);
            assertThat(Integer.parseInt(parts[1])).as("%s in the order %s sent", message, parts[0])
                    .isEqualTo(expected);
            next.put(parts[0], expected + 1);
        }
    }
}
