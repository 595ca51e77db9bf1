package io.alder.benchmarks.load;

import io.alder.client.AlderMap;
import io.alder.client.AsyncAlderMap;

/** {@link MapCalls} through Alder's {@code AlderMap} and its asynchronous view. */
final class AlderMapCalls implements MapCalls {

    private final AlderMap<Integer, byte[]> map;
    private final AsyncAlderMap<Integer, byte[]> asyncMap;
    private final AlderMemberLoss memberLoss;

    AlderMapCalls(AlderMap<Integer, byte[]> map, AlderMemberLoss memberLoss) {
        this.map = map;
        this.asyncMap = map.async();
        this.memberLoss = memberLoss;
    }

    @Override
    public void get(Integer key) {
        memberLoss.call(() -> map.get(key));
    }

    @Override
    public void put(Integer key, byte[] value) {
        memberLoss.call(() -> map.put(key, value));
    }

    @Override
    public PendingCall getAsync(Integer key) {
        return memberLoss.pending(asyncMap.get(key));
    }

    @Override
    public PendingCall putAsync(Integer key, byte[] value) {
        return memberLoss.pending(asyncMap.put(key, value));
    }
}
