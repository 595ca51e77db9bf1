package io.alder.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what several senders (publishers, writers) sent as one receiver saw it. The tests send texts
 * {@code "<sender>:<n>"}, numbered from 0 per sender, so that a lost, repeated or reordered message can be
 * told from another sender's.
 */
public final class SenderOrder {

    private SenderOrder() {
    }

    /** Every sender's messages arrived once and in the order it sent them, and nothing else did. */
    public static void assertEachSenderComplete(List<String> received, int senders, int perSender) {
        assertThat(received).hasSize(senders * perSender).doesNotHaveDuplicates();
        Map<String, Integer> next = new HashMap<>();
        for (String message : received) {
            String[] parts = message.split(":", 2);
            int expected = next.getOrDefault(parts[0], 0);
            assertThat(Integer.parseInt(parts[1])).as("%s in the order %s sent", message, parts[0])
                    .isEqualTo(expected);
            next.put(parts[0], expected + 1);
        }
    }
}
