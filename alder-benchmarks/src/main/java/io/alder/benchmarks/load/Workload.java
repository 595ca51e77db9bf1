package io.alder.benchmarks.load;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The key space, the value and the get/put mix of a run: each call picks a uniformly random key and,
 * with probability {@code getRatio}, a get, otherwise a put of the same value.
 */
final class Workload {

    private final LoadClient client;
    /** Boxed once, so that picking a key allocates nothing. */
    private final Integer[] keys;
    private final byte[] value;
    private final double getRatio;

    Workload(LoadClient client, int keyCount, int valueSize, double getRatio) {
        this.client = client;
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
    PendingCall putAsync(int index) {
        return client.putAsync(keys[index], value);
    }

    /** One blocking call of the mix. */
    void callSync() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Integer key = keys[random.nextInt(keys.length)];
        if (random.nextDouble() < getRatio) {
            client.get(key);
        } else {
            client.put(key, value);
        }
    }

    /** One asynchronous call of the mix. */
    PendingCall callAsync() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Integer key = keys[random.nextInt(keys.length)];
        return random.nextDouble() < getRatio ? client.getAsync(key) : client.putAsync(key, value);
    }
}
