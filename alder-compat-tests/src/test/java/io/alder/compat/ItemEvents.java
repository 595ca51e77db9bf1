package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.ItemEventType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * Checks the events an item listener hears, a step at a time: each step waits for the events of one change
 * and compares them with what the change must have reported. Events of one operation on several items come
 * in an order a 3.12 member does not fix, so a step of several events ignores their order.
 */
final class ItemEvents {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final RecordingItemListener listener;
    private final String name;
    private final String memberUuid;
    private int checked;

    /** Checks the events {@code listener} heard of the structure {@code name} on the member {@code memberUuid}. */
    ItemEvents(RecordingItemListener listener, String name, String memberUuid) {
        this.listener = listener;
        this.name = name;
        this.memberUuid = memberUuid;
    }

    /** The next event must be one of {@code type} for {@code item} (null for none). */
    void next(ItemEventType type, Object item) {
        assertThat(awaitNext(1)).containsExactly(new SeenItemEvent(name, type, item, memberUuid));
    }

    /** The next events must be one of {@code type} for each of {@code items} (null for none), in any order. */
    void nextInAnyOrder(ItemEventType type, Object... items) {
        List<SeenItemEvent> expected = Arrays.stream(items)
                .map(item -> new SeenItemEvent(name, type, item, memberUuid)).toList();
        assertThat(awaitNext(items.length)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** No event beyond those the steps so far covered comes within {@code quiet}. */
    void nothingMore(Duration quiet) {
        Awaitility.await().during(quiet).atMost(quiet.plus(PATIENCE))
                .until(() -> listener.events().size() == checked);
    }

    /** How many events the steps so far covered. */
    int count() {
        return checked;
    }

    private List<SeenItemEvent> awaitNext(int count) {
        int end = checked + count;
        Awaitility.await().atMost(PATIENCE).until(() -> listener.events().size() >= end);
        List<SeenItemEvent> next = listener.events().subList(checked, end);
        checked = end;
        return next;
    }
}
