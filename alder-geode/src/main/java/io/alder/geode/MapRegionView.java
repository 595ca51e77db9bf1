package io.alder.geode;

import io.alder.geode.function.RegionView;
import io.alder.member.CallerId;
import io.alder.member.Completion;
import io.alder.member.map.MapService;
import io.alder.serialization.Data;
import io.alder.serialization.Partitions;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** A function's view of a region, on a function thread: a write may block while the key is locked. */
final class MapRegionView implements RegionView {

    private static final long MAP_DEFAULT = -1;

    private final MapService maps;
    private final GeodeValues values;
    private final int partitionCount;
    private final String name;
    private final CallerId caller;

    MapRegionView(MapService maps, GeodeValues values, int partitionCount, String name, CallerId caller) {
        this.maps = maps;
        this.values = values;
        this.partitionCount = partitionCount;
        this.name = name;
        this.caller = caller;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object get(Object key) {
        Data data = values.toData(key);
        return values.toObject(maps.get(Partitions.partitionId(data, partitionCount), name, data));
    }

    @Override
    public void put(Object key, Object value) {
        Data data = values.toData(key);
        CompletableFuture<Void> done = new CompletableFuture<>();
        maps.set(Partitions.partitionId(data, partitionCount), name, data, values.toData(value), MAP_DEFAULT,
                MAP_DEFAULT, caller, new Completion<>() {
                    @Override
                    public void complete(Void result) {
                        done.complete(null);
                    }

                    @Override
                    public void fail(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        done.join();
    }

    @Override
    public Set<Object> keys() {
        Set<Object> keys = new LinkedHashSet<>();
        for (Data key : maps.keySet(name)) {
            keys.add(values.toObject(key));
        }
        return keys;
    }

    @Override
    public int size() {
        return maps.size(name);
    }
}
