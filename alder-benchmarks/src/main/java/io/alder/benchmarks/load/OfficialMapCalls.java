package io.alder.benchmarks.load;

import com.hazelcast.core.IMap;

/** {@link MapCalls} through the official client's {@code IMap}. */
final class OfficialMapCalls implements MapCalls {

    private final IMap<Integer, byte[]> map;

    OfficialMapCalls(IMap<Integer, byte[]> map) {
        this.map = map;
    }

    @Override
    public void get(Integer key) {
        map.get(key);
    }

    @Override
    public void put(Integer key, byte[] value) {
        map.put(key, value);
    }

    @Override
    public PendingCall getAsync(Integer key) {
        return new OfficialCall<>(map.getAsync(key));
    }

    @Override
    public PendingCall putAsync(Integer key, byte[] value) {
        return new OfficialCall<>(map.putAsync(key, value));
    }
}
