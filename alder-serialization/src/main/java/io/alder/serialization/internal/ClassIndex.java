package io.alder.serialization.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small number for each class, the same for the life of the class, so that tables can find what they
 * keep per class by array index. Hashing a {@link Class} takes its identity hash code, which the JVM
 * computes slowly once the class's monitor has been used (class initialisation uses it); a
 * {@link ClassValue} lookup does not. The numbers are shared by all tables and hold nothing else alive.
 */
final class ClassIndex {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ClassValue<Integer> INDEX = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return NEXT.getAndIncrement();
        }
    };

    private ClassIndex() {
    }

    static int of(Class<?> type) {
        return INDEX.get(type);
    }
}
