package io.alder.member;

/** The engine's time source, injected so that tests can move time by hand. */
@FunctionalInterface
public interface Clock {

    /** The system clock. */
    Clock SYSTEM = System::currentTimeMillis;

    /** Milliseconds since the epoch. */
    long millis();
}
