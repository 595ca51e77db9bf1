package io.alder.compat;

import static com.hazelcast.core.ItemEventType.ADDED;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import io.alder.server.config.ServerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;

/**
 * What the set and list suites share: members whose collections named {@value #BOUNDED} hold at most
 * {@link #CAPACITY} items, configured the way each server kind is, and the scenarios that are the same for
 * both kinds of collection: item listeners of two clients, destruction, listing.
 *
 * @param <V> the view of the suite's kind of collection
 */
abstract class CollectionSuite<V extends CollectionView<String>> extends CompatSuite {

    static final String BOUNDED_PREFIX = "bounded-";
    /** The names of the collections that hold at most {@link #CAPACITY} items; the others are unbounded. */
    static final String BOUNDED = BOUNDED_PREFIX + "*";
    static final int CAPACITY = 3;
    static final Duration QUIET = Duration.ofMillis(500);

    /** The collection {@code name} of the suite's kind, as {@code client} sees it. */
    abstract V collection(ClientUnderTest client, String name);

    /** The collection {@code name} as getDistributedObjects lists it. */
    abstract SeenObject listed(String name);

    /** Bounds the collections named {@value #BOUNDED} in a reference member's configuration. */
    abstract void bound(Config config);

    /** Bounds the collections named {@value #BOUNDED} in an Alder member's configuration. */
    abstract ServerConfig.Builder bound(ServerConfig.Builder config);

    /**
     * Makes changes through {@code others}, another client's view of a collection, and checks each change's
     * events with {@code heard}, which covers a listener with items of the suite's own client. The collection
     * ends up empty.
     */
    abstract void changeAndHear(V others, ItemEvents heard);

    @Override
    protected final ServerUnderTest startServer(ServerKind kind) {
        return switch (kind) {
            case REFERENCE -> ReferenceMember.start(this::bound);
            case ALDER -> AlderMember.start(this::bound);
        };
    }

    /** A collection of the suite's kind that no other test uses. */
    final V collection(Target target) {
        return collection(client(target), uniqueName());
    }

    /** A collection of the suite's kind that no other test uses, bounded to {@link #CAPACITY} items. */
    final V boundedCollection(Target target) {
        return collection(client(target), BOUNDED_PREFIX + uniqueName());
    }

    /**
     * Runs one task per new client of the target, all at once: {@code task} makes each from that client's view
     * of the collection {@code name} and the client's number.
     */
    final void withClientsAtOnce(Target target, String name, int clients, BiFunction<V, Integer, Callable<Void>> task)
            throws Exception {
        List<ClientUnderTest> started = IntStream.range(0, clients).mapToObj(i -> newClient(target)).toList();
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            work.add(task.apply(collection(started.get(i), name), i));
        }
        try {
            Concurrently.run(work, PATIENCE.multipliedBy(2));
        } finally {
            started.forEach(ClientUnderTest::close);
        }
    }

    @OnEveryClientServerAndRouting
    @DisplayName("item listeners hear another client's changes as 3.12 reports them, with items when asked, until removed")
    void itemListeners(Target target) {
        V collection = collection(target);
        RecordingItemListener withItems = new RecordingItemListener();
        RecordingItemListener withoutItems = new RecordingItemListener();
        collection.addItemListener(withItems, true);
        String registration = collection.addItemListener(withoutItems, false);
        V others = collection(otherClient(target), collection.getName());
        ItemEvents heard = new ItemEvents(withItems, collection.getName(),
                client(target).memberUuid(server(target.server()).addressString()));

        changeAndHear(others, heard);

        eventually().untilAsserted(() -> assertThat(withoutItems.events()).hasSize(heard.count())
                .allSatisfy(event -> assertThat(event.item()).isNull()));
        assertThat(collection.removeItemListener(registration)).isTrue();
        others.add("after");
        heard.next(ADDED, "after");
        heard.nothingMore(QUIET);
        assertThat(withoutItems.events()).hasSize(heard.count() - 1);
    }

    @OnEveryClientServerAndRouting
    @DisplayName("destroy drops the collection and its listeners for every client; the name then starts over empty")
    void destroy(Target target) {
        V collection = collection(target);
        collection.addAll(List.of("a", "b"));
        V others = collection(otherClient(target), collection.getName());
        RecordingItemListener listener = new RecordingItemListener();
        others.addItemListener(listener, true);

        collection.destroy();

        assertThat(otherClient(target).distributedObjects()).doesNotContain(listed(collection.getName()));
        V again = collection(client(target), collection.getName());
        assertThat(again.isEmpty()).isTrue();
        again.add("c");
        assertThat(others).containsExactly("c");
        eventually().during(QUIET).until(() -> listener.events().isEmpty());
    }

    @OnEveryClientServerAndRouting
    @DisplayName("getDistributedObjects lists a collection another client created with its own proxy type")
    void listedWithItsType(Target target) {
        String name = uniqueName();
        collection(otherClient(target), name);

        assertThat(client(target).distributedObjects()).contains(listed(name));
    }
}
