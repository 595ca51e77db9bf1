package io.alder.geode;

import io.alder.geode.proto.v1.ErrorCode;
import io.alder.member.DistributedObjects;
import io.alder.member.map.MapService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which regions exist: a region named X is the member's map X, and exists once that map does, whichever
 * protocol created it. Writes create the region when the member is configured so (the default), as a
 * Hazelcast client's first use creates a map; reads of a region that does not exist fail with
 * REGION_NOT_FOUND, as a Geode client would see for a region nobody defined.
 */
final class Regions {

    private final DistributedObjects objects;
    private final boolean createOnWrite;
    /** The maps that exist, kept up to date by the objects' events: every request looks here. */
    private final Set<String> existing = ConcurrentHashMap.newKeySet();

    Regions(DistributedObjects objects, boolean createOnWrite) {
        this.objects = objects;
        this.createOnWrite = createOnWrite;
        objects.addListener(this::track);
        for (DistributedObjects.ObjectId object : objects.list()) {
            if (object.serviceName().equals(MapService.SERVICE_NAME)) {
                existing.add(object.name());
            }
        }
    }

    private void track(DistributedObjects.Event event) {
        if (!event.object().serviceName().equals(MapService.SERVICE_NAME)) {
            return;
        }
        if (event.eventType().equals(DistributedObjects.Event.CREATED)) {
            existing.add(event.object().name());
        } else {
            existing.remove(event.object().name());
        }
    }

    /** The map name of a region that must exist; Geode clients may write {@code /X} or {@code X}. */
    String existing(String regionName) {
        String name = mapName(regionName);
        if (!existing.contains(name)) {
            throw new GeodeException(ErrorCode.REGION_NOT_FOUND, "Region not found: /" + name);
        }
        return name;
    }

    /** The map name of a region written to, created first if allowed. */
    String forWrite(String regionName) {
        if (!createOnWrite) {
            return existing(regionName);
        }
        String name = mapName(regionName);
        if (!existing.contains(name)) {
            objects.create(MapService.SERVICE_NAME, name);
        }
        return name;
    }

    /** The map name of a region a write stores nothing in: checked as for a write, but not created. */
    String forNothingWritten(String regionName) {
        return createOnWrite ? mapName(regionName) : existing(regionName);
    }

    /** Every region, as Geode lists them: full paths with a leading {@code /}. */
    List<String> paths() {
        return objects.list().stream()
                .filter(object -> object.serviceName().equals(MapService.SERVICE_NAME))
                .map(object -> "/" + object.name())
                .sorted()
                .toList();
    }

    private static String mapName(String regionName) {
        String name = regionName.startsWith("/") ? regionName.substring(1) : regionName;
        if (name.isEmpty()) {
            throw new GeodeException(ErrorCode.INVALID_REQUEST, "A region name is required");
        }
        return name;
    }
}
