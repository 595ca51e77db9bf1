package io.alder.benchmarks.load;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The key space, the value and the get/put mix of a map run: each call picks a uniformly random key and,
 * with probability {@code getRatio}, a get, otherwise a put of the same value. Every key is pre-filled.
 */
final class MapWorkload implements Workload {

    private final MapCalls map;
    /** Boxed once, so that picking a key allocates nothing. */
    private final Integer[] keys;
    private final byte[] value;
    private final double getRatio;

    MapWorkload(MapCalls map, int keyCount, int valueSize, double getRatio) {
        this.map = map;
        this.keys = new Integer[keyCount];
        for (int i = 0; i < keyCount; i++) {
            keys[i] = i;
        }
        this.value = new byte[valueSize];
        ThreadLocalRandom.current().nextBytes(value);
        this.getRatio = getRatio;
    }

    @Override
    public void prepare(long timeoutMillis) throws InterruptedException {
        Prefill.run(keys.length, index -> map.putAsync(keys[index], value), timeoutMillis);
    }

    @Override
    public void callSync() {
        Integer key = randomKey();
        if (RandomPick.withShare(getRatio)) {
            map.get(key);
        } else {
            map.put(key, value);
        }
    }

    @Override
    public PendingCall callAsync() {
        Integer key = randomKey();
        return RandomPick.withShare(getRatio) ? map.getAsync(key) : map.putAsync(key, value);
    }

    private Integer randomKey() {
        return keys[ThreadLocalRandom.current().nextInt(keys.length)];
    }
}
