package io.alder.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.DistributedObjectEvent;
import com.hazelcast.core.DistributedObjectEvent.EventType;
import com.hazelcast.core.DistributedObjectListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;

/** The registry of distributed objects: listing, destroying, and the created/destroyed events. */
class DistributedObjectsIT extends CompatSuite {

    private static final String MAP_SERVICE = "hz:impl:mapService";

    /** What a distributed-object listener was told. */
    private record Seen(EventType type, Object name, String serviceName) {
    }

    @OnEveryServer
    @DisplayName("getDistributedObjects lists the maps another client created")
    void listsCreatedMaps(ServerKind kind) {
        String first = uniqueName();
        String second = uniqueName();
        client(kind).getMap(first);
        client(kind).getMap(second);

        assertThat(otherClient(kind).getDistributedObjects())
                .extracting(DistributedObject::getName, DistributedObject::getServiceName)
                .contains(tuple(first, MAP_SERVICE), tuple(second, MAP_SERVICE));
    }

    @OnEveryServer
    @DisplayName("destroy removes the map and its data; using the name again gives an empty map")
    void destroyRemovesData(ServerKind kind) {
        String name = uniqueName();
        IMap<String, String> map = client(kind).getMap(name);
        map.put("k", "v");

        map.destroy();

        assertThat(otherClient(kind).getDistributedObjects()).extracting(DistributedObject::getName).doesNotContain(name);
        IMap<String, String> again = otherClient(kind).getMap(name);
        assertThat(again.size()).isZero();
        assertThat(again.get("k")).isNull();
    }

    @OnEveryServer
    @DisplayName("a distributed-object listener hears CREATED and DESTROYED for another client's map, until removed")
    void distributedObjectListener(ServerKind kind) {
        String name = uniqueName();
        List<Seen> seen = new CopyOnWriteArrayList<>();
        HazelcastInstance listening = otherClient(kind);
        String registration = listening.addDistributedObjectListener(recordingInto(seen));

        client(kind).getMap(name).destroy();

        eventually().untilAsserted(() -> assertThat(seen).filteredOn(s -> name.equals(s.name())).containsExactly(
                new Seen(EventType.CREATED, name, MAP_SERVICE),
                new Seen(EventType.DESTROYED, name, MAP_SERVICE)));

        assertThat(listening.removeDistributedObjectListener(registration)).isTrue();
        String later = uniqueName();
        List<Seen> kept = new CopyOnWriteArrayList<>();
        listening.addDistributedObjectListener(recordingInto(kept));
        client(kind).getMap(later);
        eventually().untilAsserted(() -> assertThat(kept).contains(new Seen(EventType.CREATED, later, MAP_SERVICE)));
        assertThat(seen).filteredOn(s -> later.equals(s.name())).isEmpty();
    }

    private static DistributedObjectListener recordingInto(List<Seen> seen) {
        return new DistributedObjectListener() {
            @Override
            public void distributedObjectCreated(DistributedObjectEvent event) {
                record(event);
            }

            @Override
            public void distributedObjectDestroyed(DistributedObjectEvent event) {
                record(event);
            }

            private void record(DistributedObjectEvent event) {
                seen.add(new Seen(event.getEventType(), event.getObjectName(), event.getServiceName()));
            }
        };
    }
}
