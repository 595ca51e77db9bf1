package io.alder.benchmarks.load;

import com.hazelcast.core.ICompletableFuture;
import com.hazelcast.core.IMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The key space, the value and the get/put mix of a run: each call picks a uniformly random key and,
 * with probability {@code getRatio}, a get, otherwise a put of the same value.
 */
final class Workload {

    private final IMap<Integer, byte[]> map;
    /** Boxed once, so that picking a key allocates nothing. */
    private final Integer[] keys;
    private final byte[] value;
    private final double getRatio;

    Workload(IMap<Integer, byte[]> map, int keyCount, int valueSize, double getRatio) {
        this.map = map;
        this.keys = new Integer[keyCount];
        for (int i = 0; i < keyCount; i++) {
            keys[i] = i;
        }
        this.value = new byte[valueSize];
        ThreadLocalRandom.current().nextBytes(value);
        this.getRatio = getRatio;
    }

    int keyCount() {
        return keys.length;
    }

    /** Puts the value under key number {@code index}, for pre-filling. */
    ICompletableFuture<byte[]> putAsync(int index) {
        return map.putAsync(keys[index], value);
    }

    /** One blocking call of the mix. */
    void callSync() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Integer key = keys[random.nextInt(keys.length)];
        if (random.nextDouble() < getRatio) {
            map.get(key);
        } else {
            map.put(key, value);
        }
    }

    /** One asynchronous call of the mix. */
    ICompletableFuture<byte[]> callAsync() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Integer key = keys[random.nextInt(keys.length)];
        return random.nextDouble() < getRatio ? map.getAsync(key) : map.putAsync(key, value);
    }
}
