package io.alder.compat;

import static io.alder.compat.SeenObjectEvent.mapCreated;
import static io.alder.compat.SeenObjectEvent.mapDestroyed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;

/** The registry of distributed objects: listing, destroying, and the created/destroyed events. */
class DistributedObjectsIT extends CompatSuite {

    @OnEveryClientServerAndRouting
    @DisplayName("getDistributedObjects lists the structures another client created as their proxies")
    void listsCreatedStructures(Target target) {
        String first = uniqueName();
        String second = uniqueName();
        String queue = uniqueName();
        String topic = uniqueName();
        String reliableTopic = uniqueName();
        String ringbuffer = uniqueName();
        ClientUnderTest other = otherClient(target);
        other.getMap(first);
        other.getMap(second);
        other.getQueue(queue);
        other.getTopic(topic);
        other.getReliableTopic(reliableTopic);
        other.getRingbuffer(ringbuffer);

        assertThat(client(target).distributedObjects()).contains(SeenObject.map(first), SeenObject.map(second),
                SeenObject.queue(queue), SeenObject.topic(topic), SeenObject.reliableTopic(reliableTopic),
                SeenObject.ringbuffer("_hz_rb_" + reliableTopic), SeenObject.ringbuffer(ringbuffer));
    }

    @OnEveryClientServerAndRouting
    @DisplayName("destroy removes the map and its data; the name then starts over empty, with a new proxy")
    void destroyRemovesData(Target target) {
        String name = uniqueName();
        MapView<String, String> map = client(target).getMap(name);
        map.put("k", "v");

        map.destroy();

        assertThat(otherClient(target).distributedObjects()).extracting(SeenObject::name).doesNotContain(name);
        MapView<String, String> again = client(target).getMap(name);
        assertThat(again.backing()).isNotSameAs(map.backing());
        assertThat(again.getName()).isEqualTo(name);
        assertThat(again.isEmpty()).isTrue();
        MapView<String, String> seenByOther = otherClient(target).getMap(name);
        assertThat(seenByOther.size()).isZero();
        assertThat(seenByOther.get("k")).isNull();
    }

    @OnEveryClientServerAndRouting
    @DisplayName("a distributed-object listener hears CREATED and DESTROYED for another client's map, until removed")
    void distributedObjectListener(Target target) {
        String name = uniqueName();
        List<SeenObjectEvent> seen = new CopyOnWriteArrayList<>();
        ClientUnderTest listening = client(target);
        String registration = listening.addDistributedObjectListener(seen::add);

        otherClient(target).getMap(name).destroy();

        eventually().untilAsserted(() -> assertThat(seen).filteredOn(s -> name.equals(s.name()))
                .containsExactly(mapCreated(name), mapDestroyed(name)));

        assertThat(listening.removeDistributedObjectListener(registration)).isTrue();
        String later = uniqueName();
        List<SeenObjectEvent> kept = new CopyOnWriteArrayList<>();
        String keptRegistration = listening.addDistributedObjectListener(kept::add);
        otherClient(target).getMap(later);
        eventually().untilAsserted(() -> assertThat(kept).contains(mapCreated(later)));
        assertThat(seen).filteredOn(s -> later.equals(s.name())).isEmpty();
        assertThat(listening.removeDistributedObjectListener(keptRegistration)).isTrue();
    }
}
