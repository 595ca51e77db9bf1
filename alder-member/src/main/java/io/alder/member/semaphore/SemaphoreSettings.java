package io.alder.member.semaphore;

/**
 * The configuration of the semaphores of one name or name pattern (3.12's {@code semaphore} configuration).
 *
 * @param initialPermits the permits a semaphore has before anyone calls {@code init}; 3.12's
 *     {@code initial-permits}, 0 by default
 */
public record SemaphoreSettings(int initialPermits) {

    /** 3.12's defaults: no permits. */
    public static final SemaphoreSettings DEFAULTS = new SemaphoreSettings(0);

    public SemaphoreSettings {
        if (initialPermits < 0) {
            throw new IllegalArgumentException("initial permits must not be negative: " + initialPermits);
        }
    }
}
