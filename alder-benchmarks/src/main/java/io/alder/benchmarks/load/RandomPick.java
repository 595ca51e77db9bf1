package io.alder.benchmarks.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The uniform random choices of a load's calls, from the calling thread's generator: no contention, no allocation. */
final class RandomPick {

    private RandomPick() {
    }

    /** One of {@code items}, each as likely. */
    static <T> T oneOf(List<T> items) {
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    /** True with probability {@code share}. */
    static boolean withShare(double share) {
        return ThreadLocalRandom.current().nextDouble() < share;
    }
}
